using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResNetProofs.Hunting.Store;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Replay;

/// <summary>
/// Re-judges a finding from its record alone: parses the stored start instance, re-runs the recorded refinement (Newton
/// options with descent steps) when the case was refined, judges the theorem, and compares the verdict kind and the key
/// numbers (conclusion margin, R, R_lin, ‖∇R‖) with the stored evidence, within <see cref="RelativeTolerance"/>. The shrunk
/// counterexample, when there is one, is replayed the same way. A finding on an evidence case has no instance: it is
/// regenerated from its generator seed and judged again (<see cref="EvidenceReplay"/>).
/// </summary>
public static class FindingReplay
{
    /// <summary>
    /// Relative agreement asked of replayed numbers: |a − b| ≤ 1e−6·max(1, |a|, |b|). The replay runs the same
    /// deterministic code on bitwise-identical inputs, so any difference above rounding noise means a changed build.
    /// </summary>
    public const double RelativeTolerance = 1e-6;

    private static readonly string[] KeyNumbers = ["R", "R_lin", "‖∇R‖₂"];

    /// <summary>Replays <paramref name="finding"/> (and its shrunk instance, if any).</summary>
    public static ReplayResult Replay(FindingRecord finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (EvidenceCaseJson.TryRead(finding.StartJson) is not null)
        {
            return EvidenceReplay.Replay(finding);
        }
        var lines = new List<string>();
        var differences = new List<string>();
        Compare("original", finding.TheoremId, finding.StartJson, finding.InstanceJson, finding.RefinementJson, finding.EvidenceJson, lines, differences);
        if (finding.ShrunkStartJson is not null && finding.ShrunkInstanceJson is not null && finding.ShrunkEvidenceJson is not null)
        {
            Compare("shrunk", finding.TheoremId, finding.ShrunkStartJson, finding.ShrunkInstanceJson, finding.RefinementJson, finding.ShrunkEvidenceJson, lines, differences);
        }
        return new ReplayResult(differences.Count == 0, lines, differences);
    }

    /// <summary>
    /// Judges again: refines <paramref name="startJson"/> with <paramref name="refinementJson"/> when given, else judges <paramref name="judgedJson"/> as is;
    /// an evidence-case record (<see cref="EvidenceCaseJson"/>) is regenerated from its generator seed and judged.
    /// </summary>
    public static Verdict Judge(string theoremId, string startJson, string judgedJson, string? refinementJson)
    {
        ArgumentNullException.ThrowIfNull(startJson);
        if (EvidenceCaseJson.TryRead(startJson) is not null)
        {
            var (value, source, _) = EvidenceReplay.Regenerate(theoremId, startJson);
            return source.Judge(value);
        }
        var theorem = TheoremCatalog.TryGet<PointEvidence>(theoremId) ?? throw new ArgumentException($"unknown theorem '{theoremId}' (or not one judged on instances)", nameof(theoremId));
        PointEvidence evidence;
        if (refinementJson is null)
        {
            evidence = new PointEvidence(InstanceReader.Parse(judgedJson, "finding.instance"));
        }
        else
        {
            var start = InstanceReader.Parse(startJson, "finding.start");
            var options = JsonSerializer.Deserialize<NewtonRefinementOptions>(refinementJson) ?? throw new ArgumentException("finding.refinement is empty", nameof(refinementJson));
            var result = NewtonRefinement.Refine(start.CreateRisk(), start.Parameters, options);
            var theta = result.Theta.ToArray();
            if (!theta.All(double.IsFinite))
            {
                theta = start.Parameters.ToArray();
            }
            var judged = InstanceReader.Parse(judgedJson, "finding.instance");
            evidence = new PointEvidence(new Instance(judged.Name, judged.Description, judged.Source, start.Data, start.Model, start.Loss, theta), result);
        }
        return theorem.Inapplicable(evidence) is { } reason
            ? throw new ArgumentException($"{theoremId} does not apply to the replayed instance: {reason}", nameof(theoremId))
            : theorem.Judge(evidence);
    }

    private static void Compare(string label, string theoremId, string startJson, string judgedJson, string? refinementJson, string evidenceJson, List<string> lines, List<string> differences)
    {
        var stored = JsonNode.Parse(evidenceJson)!.AsObject();
        Verdict replayed;
        try
        {
            replayed = Judge(theoremId, startJson, judgedJson, refinementJson);
        }
        catch (Exception ex) when (ex is ArgumentException or InstanceFormatException or JsonException)
        {
            differences.Add($"{label}: the replay failed: {ex.Message}");
            lines.Add(differences[^1]);
            return;
        }
        string storedKind = stored["verdict"]!.GetValue<string>();
        string kindLine = $"{label}: verdict {storedKind} (stored) vs {replayed.Kind} (replayed)";
        lines.Add(kindLine);
        if (storedKind != replayed.Kind.ToString())
        {
            differences.Add(kindLine);
        }
        Number($"{label}: conclusion margin", stored["conclusion"]?["margin"], replayed.Conclusion.Margin, lines, differences);
        var numbers = stored["numbers"] as JsonObject;
        foreach (string name in KeyNumbers)
        {
            if (numbers?[name] is { } node && replayed.Numbers.FirstOrDefault(n => n.Name == name) is { } value)
            {
                Number($"{label}: {name}", node, value.Value, lines, differences);
            }
        }
    }

    private static void Number(string what, JsonNode? storedNode, double replayed, List<string> lines, List<string> differences)
    {
        double stored = storedNode is null ? double.NaN
            : storedNode.GetValueKind() == JsonValueKind.String ? double.Parse(storedNode.GetValue<string>(), CultureInfo.InvariantCulture) : storedNode.GetValue<double>();
        bool same = stored.Equals(replayed) || Math.Abs(stored - replayed) <= RelativeTolerance * Math.Max(1, Math.Max(Math.Abs(stored), Math.Abs(replayed)));
        string line = string.Create(CultureInfo.InvariantCulture, $"{what}: {stored:R} (stored) vs {replayed:R} (replayed){(same ? "" : " DIFFERS")}");
        lines.Add(line);
        if (!same)
        {
            differences.Add(line);
        }
    }
}
