using ResNetProofs.Hunting.Cases;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Search;

/// <summary>A judged case: the plan, the case, its verdict (null when the theorem did not apply or judging failed), score, and shrink.</summary>
/// <param name="Plan">What the case was planned to be.</param>
/// <param name="Case">The case drawn or mutated (null only when drawing itself failed).</param>
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
    ShrinkResult? Shrink,
    DateTimeOffset JudgedAt)
{
    /// <summary>The verdict kind as text, or "Inapplicable"/"Error" when there is none.</summary>
    public string VerdictText => Verdict?.Kind.ToString() ?? (Problem?.StartsWith("inapplicable", StringComparison.Ordinal) == true ? "Inapplicable" : "Error");
}
