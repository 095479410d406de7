using System.Text.Json;
using System.Text.Json.Nodes;
using ResNetProofs.Hunting.Store;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Replay;

/// <summary>
/// Re-checks a recorded certified verdict from its record alone: the judged instance (data, model, loss and the float θ̃ the
/// certificate was built at) and the recorded verdict JSON. No refinement runs; the theorem is judged again at θ̃, where every
/// deciding check is an enclosure (interval risk, Krawczyk box, Rump's Cholesky test, witness curvature). Floating point only
/// chooses preconditioners there, so the proof is re-done, not copied. Verified when the recorded verdict was certified and
/// the re-judged one is certified with the same kind. A record of an evidence case (<see cref="EvidenceCaseJson"/>) has no
/// instance: its case is regenerated from its generator seed and judged again (<see cref="EvidenceReplay.Verify"/>).
/// </summary>
public static class CertificateVerification
{
    /// <summary>Verifies <paramref name="recordedVerdictJson"/> (a verdict's JSON, as in a finding's evidence or <c>check --json</c>) for the instance in <paramref name="instanceJson"/>.</summary>
    public static VerificationResult Verify(string theoremId, string instanceJson, string recordedVerdictJson)
    {
        ArgumentNullException.ThrowIfNull(instanceJson);
        ArgumentNullException.ThrowIfNull(recordedVerdictJson);
        var lines = new List<string>();
        if (TheoremCatalog.TryGet(theoremId) is not { } known)
        {
            return new VerificationResult(false, [$"unknown theorem '{theoremId}'"]);
        }
        JsonObject recorded;
        try
        {
            recorded = JsonNode.Parse(recordedVerdictJson)?.AsObject() ?? throw new JsonException("empty verdict");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return new VerificationResult(false, [$"the recorded verdict is not a JSON object: {ex.Message}"]);
        }
        string kind = recorded["verdict"]?.GetValue<string>() ?? "?";
        bool certified = recorded["certified"]?.GetValue<bool>() ?? false;
        lines.Add($"recorded: {theoremId} {kind}{(certified ? ", certified" : ", NOT certified")}");
        if (!certified)
        {
            lines.Add("nothing to verify: the recorded verdict carries no certificate (tolerance-based or Inconclusive)");
            return new VerificationResult(false, lines);
        }
        if (EvidenceCaseJson.TryRead(instanceJson) is not null)
        {
            return EvidenceReplay.Verify(theoremId, instanceJson, kind, lines);
        }
        if (TheoremCatalog.TryGet<PointEvidence>(theoremId) is not { } theorem)
        {
            lines.Add($"{theoremId} is judged on {known.EvidenceType.Name}, and the record is not one of its evidence cases");
            return new VerificationResult(false, lines);
        }
        Instance instance;
        try
        {
            instance = InstanceReader.Parse(instanceJson, "record.instance");
        }
        catch (InstanceFormatException ex)
        {
            lines.Add("the recorded instance cannot be read: " + ex.Message);
            return new VerificationResult(false, lines);
        }
        var evidence = new PointEvidence(instance);
        if (theorem.Inapplicable(evidence) is { } reason)
        {
            lines.Add($"{theoremId} does not apply to the recorded instance: {reason}");
            return new VerificationResult(false, lines);
        }
        return Conclude(theorem.Judge(evidence), kind, lines, "the enclosures do not re-prove the recorded verdict");
    }

    /// <summary>
    /// Adds the re-judged verdict, its certificate and every enclosure to <paramref name="lines"/>; verified when the verdict
    /// is certified and of the recorded kind, else "NOT VERIFIED: <paramref name="whyNot"/>".
    /// </summary>
    internal static VerificationResult Conclude(Verdict again, string recordedKind, List<string> lines, string whyNot)
    {
        lines.Add($"re-proved: {again.Kind}{(again.Certified ? ", certified" : ", NOT certified")}: {again.Explanation}");
        if (again.Certificate is { } c)
        {
            lines.Add($"certificate: {c.Detail}");
            foreach (var e in c.Enclosures)
            {
                lines.Add($"  {e.Name} ∈ [{Verdict.JsonNumber(e.Lo)}, {Verdict.JsonNumber(e.Hi)}] ({e.Origin})");
            }
        }
        bool ok = again.Certified && again.Kind.ToString() == recordedKind;
        lines.Add(ok ? "VERIFIED" : "NOT VERIFIED: " + whyNot);
        return new VerificationResult(ok, lines);
    }
}
