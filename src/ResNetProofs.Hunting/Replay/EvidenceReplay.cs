using System.Globalization;
using System.Text.Json.Nodes;
using ResNetProofs.Cases;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Replay;

/// <summary>
/// Replay and verification of findings on evidence cases (Liu, Gulcu and their planted statements), which have no stored
/// instance: the case is regenerated from its generator seed (<see cref="EvidenceCaseSource.Regenerate"/>: the FsCheck seed,
/// gamma and size of its hunt case, then its shrink path) and judged again; every report says so.
/// </summary>
public static class EvidenceReplay
{
    /// <summary>The case an evidence-case record (<see cref="EvidenceCaseJson"/>) names, regenerated, and one line saying where from.</summary>
    /// <exception cref="ArgumentException">The record is not an evidence case of <paramref name="theoremId"/>, or cannot be regenerated.</exception>
    public static (EvidenceCase Case, EvidenceCaseSource Source, string Line) Regenerate(string theoremId, string recordJson)
    {
        var (recordTheorem, generator, origin) = EvidenceCaseJson.TryRead(recordJson) ?? throw new ArgumentException("the record is not an evidence case", nameof(recordJson));
        if (recordTheorem != theoremId)
        {
            throw new ArgumentException($"the record is a case of '{recordTheorem}', not of '{theoremId}'", nameof(recordJson));
        }
        var source = TheoremCases.EvidenceFor(theoremId) ?? throw new ArgumentException($"'{theoremId}' has no evidence case source", nameof(theoremId));
        var value = source.Regenerate(origin);
        if (value.Generator != generator)
        {
            throw new ArgumentException($"the record's generator is '{generator}' but {theoremId}'s source now draws from '{value.Generator}'", nameof(recordJson));
        }
        return (value, source, $"replayed from the generator seed, not from a stored instance: {generator}, {origin}");
    }

    /// <summary>Replays <paramref name="finding"/> (an evidence case; and its shrunk case, if any): same verdict kind and conclusion margin within <see cref="FindingReplay.RelativeTolerance"/>.</summary>
    public static ReplayResult Replay(FindingRecord finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var lines = new List<string>();
        var differences = new List<string>();
        Compare("original", finding.TheoremId, finding.StartJson, finding.EvidenceJson, lines, differences);
        if (finding.ShrunkStartJson is not null && finding.ShrunkEvidenceJson is not null)
        {
            Compare("shrunk", finding.TheoremId, finding.ShrunkStartJson, finding.ShrunkEvidenceJson, lines, differences);
        }
        return new ReplayResult(differences.Count == 0, lines, differences);
    }

    /// <summary>Re-judges the regenerated case of <paramref name="recordJson"/> and re-proves the recorded certified <paramref name="recordedKind"/>.</summary>
    public static VerificationResult Verify(string theoremId, string recordJson, string recordedKind, List<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Verdict again;
        try
        {
            var (value, source, line) = Regenerate(theoremId, recordJson);
            lines.Add(line);
            again = source.Judge(value);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            lines.Add($"the case cannot be regenerated and judged: {ex.Message}");
            return new VerificationResult(false, lines);
        }
        return CertificateVerification.Conclude(again, recordedKind, lines, "the regenerated case does not re-prove the recorded verdict");
    }

    private static void Compare(string label, string theoremId, string recordJson, string evidenceJson, List<string> lines, List<string> differences)
    {
        Verdict replayed;
        try
        {
            var (value, source, line) = Regenerate(theoremId, recordJson);
            lines.Add($"{label}: {line}");
            replayed = source.Judge(value);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            differences.Add($"{label}: the replay failed: {ex.Message}");
            lines.Add(differences[^1]);
            return;
        }
        var stored = JsonNode.Parse(evidenceJson)!.AsObject();
        string storedKind = stored["verdict"]!.GetValue<string>();
        string kindLine = $"{label}: verdict {storedKind} (stored) vs {replayed.Kind} (replayed)";
        lines.Add(kindLine);
        if (storedKind != replayed.Kind.ToString())
        {
            differences.Add(kindLine);
        }
        double storedMargin = stored["conclusion"]?["margin"] is { } m
            ? (m.GetValueKind() == System.Text.Json.JsonValueKind.String ? double.Parse(m.GetValue<string>(), CultureInfo.InvariantCulture) : m.GetValue<double>())
            : double.NaN;
        double margin = replayed.Conclusion.Margin;
        bool same = storedMargin.Equals(margin) || Math.Abs(storedMargin - margin) <= FindingReplay.RelativeTolerance * Math.Max(1, Math.Max(Math.Abs(storedMargin), Math.Abs(margin)));
        string marginLine = string.Create(CultureInfo.InvariantCulture, $"{label}: conclusion margin: {storedMargin:R} (stored) vs {margin:R} (replayed){(same ? "" : " DIFFERS")}");
        lines.Add(marginLine);
        if (!same)
        {
            differences.Add(marginLine);
        }
    }
}
