using ResNetProofs.Cases;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Search;

/// <summary>A judged case: the plan, the case (an instance case, or an <see cref="EvidenceCase"/>), its verdict (null when the theorem did not apply or judging failed), score, and shrink.</summary>
/// <param name="Plan">What the case was planned to be.</param>
/// <param name="Case">The instance case drawn or mutated (null when drawing itself failed, and for an evidence case).</param>
/// <param name="Verdict">The verdict, or null.</param>
/// <param name="Score">The <see cref="HuntScore"/>, or null.</param>
/// <param name="Problem">Null, or why there is no verdict ("inapplicable: …" or "error: …").</param>
/// <param name="Change">For a climb, what the mutation changed; otherwise null.</param>
/// <param name="Seconds">Wall-clock seconds to draw, refine and judge (shrinking excluded).</param>
/// <param name="Shrink">For a Counterexample, the shrink result; otherwise null.</param>
/// <param name="JudgedAt">When the verdict was reached.</param>
public sealed record CaseOutcome(
    CasePlan Plan,
    TheoremCase? Case,
    Verdict? Verdict,
    double? Score,
    string? Problem,
    string? Change,
    double Seconds,
    ShrinkResult<TheoremCase>? Shrink,
    DateTimeOffset JudgedAt)
{
    /// <summary>The evidence case drawn (theorems judged on their own evidence), or null for an instance case.</summary>
    public EvidenceCase? EvidenceCase { get; init; }

    /// <summary>For a Counterexample on an evidence case, its shrink result; otherwise null.</summary>
    public ShrinkResult<EvidenceCase>? EvidenceShrink { get; init; }

    /// <summary>The verdict kind as text, or "Inapplicable"/"Error" when there is none.</summary>
    public string VerdictText => Verdict?.Kind.ToString() ?? (Problem?.StartsWith("inapplicable", StringComparison.Ordinal) == true ? "Inapplicable" : "Error");
}
