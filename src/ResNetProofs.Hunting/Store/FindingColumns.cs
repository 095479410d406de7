using System.Globalization;
using System.Text.Json;
using ResNetProofs.Cases;
using ResNetProofs.Hunting.Search;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Hunting.Store;

/// <summary>
/// The text columns of a finding row that depend on the kind of case: for an instance case the judged and start instances, the
/// refinement and the case size; for an evidence case its <see cref="EvidenceCaseJson"/> record in both instance columns (no
/// refinement) and its <see cref="EvidenceSize"/>. The shrunk columns are null unless shrinking took a step.
/// </summary>
internal sealed record FindingColumns(string Instance, string Start, string? Refinement, string? RefinementStop, string Descriptor, string Size,
    string? ShrunkInstance, string? ShrunkStart, string? ShrunkEvidence, string? ShrunkVerdict, string? ShrunkSize, string? ShrinkNote)
{
    /// <summary>The columns of <paramref name="outcome"/> (a judged instance or evidence case).</summary>
    public static FindingColumns Of(CaseOutcome outcome)
    {
        if (outcome.EvidenceCase is { } e)
        {
            var es = outcome.EvidenceShrink;
            bool eShrunk = es is { Steps: > 0 };
            string record = EvidenceCaseJson.Write(e);
            string? shrunkRecord = eShrunk ? EvidenceCaseJson.Write(es!.Case) : null;
            return new FindingColumns(record, record, null, null, e.Descriptor.ToString(), e.Size.ToString(),
                shrunkRecord, shrunkRecord, eShrunk ? es!.Verdict.ToJson() : null, eShrunk ? es!.Verdict.Kind.ToString() : null, eShrunk ? es!.Case.Size.ToString() : null,
                es is null ? null : Note(es.Steps, es.CandidatesJudged, es.Seconds, es.Stop));
        }
        var c = outcome.Case ?? throw new ArgumentException("a finding needs its case", nameof(outcome));
        var source = TheoremCases.For(c.TheoremId);
        string? refinement = c.Refinement is null || source is null ? null
            : JsonSerializer.Serialize(source.RefinementOptions with { DescentSteps = int.Parse(c.Descriptor["descentSteps"] ?? "0", CultureInfo.InvariantCulture) });
        var s = outcome.Shrink;
        bool shrunk = s is { Steps: > 0 };
        return new FindingColumns(InstanceWriter.Write(c.Judged), InstanceWriter.Write(c.Start.Instance), refinement, c.Refinement?.StopReason.ToString(),
            c.Descriptor.ToString(), c.Size.ToString(),
            shrunk ? InstanceWriter.Write(s!.Case.Judged) : null, shrunk ? InstanceWriter.Write(s!.Case.Start.Instance) : null,
            shrunk ? s!.Verdict.ToJson() : null, shrunk ? s!.Verdict.Kind.ToString() : null, shrunk ? s!.Case.Size.ToString() : null,
            s is null ? null : Note(s.Steps, s.CandidatesJudged, s.Seconds, s.Stop));
    }

    private static string Note(int steps, int candidates, double seconds, string stop) =>
        string.Create(CultureInfo.InvariantCulture, $"{steps} steps, {candidates} candidates judged, {seconds:0.###} s, stopped: {stop}");
}
