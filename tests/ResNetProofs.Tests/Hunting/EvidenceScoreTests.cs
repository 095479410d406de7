using ResNetProofs.Hunting.Search;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Hunting;

/// <summary>An evidence case is scored −(conclusion margin) only where its statement speaks (gates passed, hypotheses hold).</summary>
public sealed class EvidenceScoreTests
{
    private static readonly Check Conclusion = Check.AtMost("rate", "L₁/L₀ ≤ 0.5", 0.75, 0.5, 1e-12, "test"); // margin −0.25: fails

    [Fact]
    public void Case_whose_hypotheses_hold_is_scored_minus_its_conclusion_margin()
    {
        var verdict = Judge.Decide("test", [], [Check.AtLeast("h", "λ > 0", 1, 0, 1e-12, "test")], Conclusion);

        Assert.Equal(0.25, HuntScore.Of(verdict)!.Value, 12);
    }

    [Fact]
    public void Vacuous_case_has_no_score_even_when_its_conclusion_fails()
    {
        var verdict = Judge.Decide("test", [], [Check.AtLeast("h", "λ > 0", -1, 0, 1e-12, "test")], Conclusion);

        Assert.Equal(VerdictKind.Vacuous, verdict.Kind);
        Assert.Null(HuntScore.Of(verdict));
    }

    [Fact]
    public void Case_with_a_failed_gate_has_no_score()
    {
        var verdict = Judge.Decide("test", [new Gate("run conclusive", false, "budget")], [Check.AtLeast("h", "λ > 0", 1, 0, 1e-12, "test")], Conclusion);

        Assert.Null(HuntScore.Of(verdict));
    }
}
