using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Theorems;

/// <summary>
/// The judge's rules at their boundaries: a margin decides only beyond its tolerance, a failed gate always gives
/// Inconclusive, a failed hypothesis Vacuous, and NaN never decides anything.
/// </summary>
public sealed class JudgeTests
{
    private const double Tau = 1e-9;

    private static Check Margin(string name, double margin, double tolerance = Tau) =>
        Check.AtLeast(name, $"{name} > 0", margin, 0, tolerance, "test");

    private static readonly Gate Passed = new("gate", true, "fine");
    private static readonly Gate Failed = new("gate", false, "refinement Stalled");

    private static Verdict Decide(Check hypothesis, Check conclusion, params Gate[] gates) =>
        Judge.Decide("test.theorem", gates, [hypothesis], conclusion);

    [Fact]
    public void Everything_holding_beyond_tolerance_is_Confirmed()
    {
        var v = Decide(Margin("H", 2 * Tau), Margin("C", 2 * Tau), Passed);
        Assert.Equal((VerdictKind.Confirmed, VerdictReason.AllHold), (v.Kind, v.Reason));
    }

    [Fact]
    public void Conclusion_failing_beyond_a_tolerance_is_not_a_certified_Counterexample()
    {
        var v = Decide(Margin("H", 2 * Tau), Margin("C", -2 * Tau), Passed);
        Assert.Equal((VerdictKind.Inconclusive, VerdictReason.NotCertified), (v.Kind, v.Reason));
    }

    [Fact]
    public void Conclusion_whose_enclosures_are_separated_is_a_certified_Counterexample()
    {
        var conclusion = Check.AtMost("C", "R ≤ R_lin", new Interval(0.75, 0.76), new Interval(0.5, 0.51), "test enclosures");
        var v = Decide(Check.Exact("H", "h", true, 1, 0), conclusion, Passed);
        Assert.Equal((VerdictKind.Counterexample, true), (v.Kind, v.Certified));
        Assert.Equal(-0.26, conclusion.MarginEnclosure!.Value.Lo, 12);
    }

    [Fact]
    public void Touching_enclosures_leave_the_conclusion_undecided()
    {
        var conclusion = Check.AtMost("C", "R ≤ R_lin", new Interval(0.5, 0.6), new Interval(0.55, 0.7), "test enclosures");
        Assert.Equal(CheckOutcome.Undecided, conclusion.Outcome);
    }

    [Fact]
    public void Conclusion_failing_within_tolerance_is_Inconclusive()
    {
        var v = Decide(Margin("H", 2 * Tau), Margin("C", -0.5 * Tau), Passed);
        Assert.Equal((VerdictKind.Inconclusive, VerdictReason.ConclusionUndecided), (v.Kind, v.Reason));
    }

    [Fact]
    public void Conclusion_holding_within_tolerance_is_Inconclusive()
    {
        var v = Decide(Margin("H", 2 * Tau), Margin("C", 0.5 * Tau), Passed);
        Assert.Equal(VerdictKind.Inconclusive, v.Kind);
    }

    [Fact]
    public void Hypothesis_failing_beyond_tolerance_is_Vacuous_even_when_the_conclusion_fails()
    {
        var v = Decide(Margin("H", -2 * Tau), Margin("C", -1), Passed);
        Assert.Equal((VerdictKind.Vacuous, VerdictReason.HypothesisFails), (v.Kind, v.Reason));
    }

    [Fact]
    public void Hypothesis_within_tolerance_is_Inconclusive_even_when_the_conclusion_fails()
    {
        var v = Decide(Margin("H", 0.5 * Tau), Margin("C", -1), Passed);
        Assert.Equal((VerdictKind.Inconclusive, VerdictReason.HypothesisUndecided), (v.Kind, v.Reason));
    }

    [Fact]
    public void A_failed_gate_turns_a_would_be_Counterexample_into_Inconclusive()
    {
        var v = Decide(Margin("H", 1), Margin("C", -1), Passed, Failed);
        Assert.Equal((VerdictKind.Inconclusive, VerdictReason.GateFailed), (v.Kind, v.Reason));
        Assert.Contains("refinement Stalled", v.Explanation);
    }

    [Fact]
    public void A_failed_gate_also_withholds_Confirmed()
    {
        var v = Decide(Margin("H", 1), Margin("C", 1), Failed);
        Assert.Equal(VerdictKind.Inconclusive, v.Kind);
    }

    [Fact]
    public void NaN_in_the_conclusion_is_Inconclusive_never_Counterexample()
    {
        var v = Decide(Margin("H", 1), Check.AtMost("C", "R ≤ R_lin", double.NaN, 0.5, Tau, "test"), Passed);
        Assert.Equal(VerdictKind.Inconclusive, v.Kind);
    }

    [Fact]
    public void NaN_tolerance_never_decides()
    {
        Assert.Equal(CheckOutcome.Undecided, Margin("C", -1, double.NaN).Outcome);
    }

    [Fact]
    public void A_disjunction_holds_when_one_part_holds()
    {
        var either = Check.Either("E", "A or B", Margin("A", -1), Margin("B", 2 * Tau));
        Assert.Equal(CheckOutcome.Holds, either.Outcome);
    }

    [Fact]
    public void A_disjunction_fails_only_when_every_part_fails()
    {
        Assert.Equal(CheckOutcome.Fails, Check.Either("E", "A or B", Margin("A", -1), Margin("B", -2 * Tau)).Outcome);
        Assert.Equal(CheckOutcome.Undecided, Check.Either("E", "A or B", Margin("A", -1), Margin("B", -0.5 * Tau)).Outcome);
    }

    [Fact]
    public void AtMost_margin_is_right_minus_left()
    {
        var c = Check.AtMost("R", "R ≤ R_lin", 0.25, 0.5, 0, "test");
        Assert.Equal(0.25, c.Margin);
    }

    [Fact]
    public void Exact_checks_decide_without_tolerance()
    {
        Assert.Equal(CheckOutcome.Holds, Check.Exact("d ≥ 2", "d ≥ 2", true, 3, 2).Outcome);
        Assert.Equal(CheckOutcome.Fails, Check.Exact("d ≥ 2", "d ≥ 2", false, 1, 2).Outcome);
    }

    [Fact]
    public void Verdict_json_carries_every_check_with_margin_and_tolerance()
    {
        var v = Judge.Decide("test.theorem", [Passed], [Margin("H", 1)], Check.AtMost("C", "R ≤ R_lin", 0.75, 0.5, 1e-12, "rounding"));
        var json = v.ToJsonObject();
        Assert.Equal("Inconclusive", (string?)json["verdict"]);
        Assert.Equal("NotCertified", (string?)json["reason"]);
        Assert.False((bool)json["certified"]!);
        Assert.Equal(-0.25, (double)json["conclusion"]!["margin"]!);
        Assert.Equal(1e-12, (double)json["conclusion"]!["tolerance"]!);
        Assert.Equal("rounding", (string?)json["conclusion"]!["toleranceOrigin"]);
        Assert.Equal("Holds", (string?)json["hypotheses"]![0]!["outcome"]);
        Assert.True((bool)json["gates"]![0]!["passed"]!);
    }

    [Fact]
    public void Verdict_json_writes_non_finite_numbers_as_strings()
    {
        var v = Decide(Margin("H", 1), Check.AtMost("C", "x", double.PositiveInfinity, 0, 0, "t"), Passed);
        Assert.Equal("Infinity", (string?)v.ToJsonObject()["conclusion"]!["left"]);
    }

    [Fact]
    public void Verdict_text_starts_with_the_theorem_and_verdict()
    {
        var v = Decide(Margin("H", 1), Margin("C", 1), Passed);
        Assert.StartsWith("test.theorem: CONFIRMED", v.ToText());
    }

    [Fact]
    public void A_failing_hypothesis_leaves_the_conclusion_unevaluated_and_the_verdict_Vacuous()
    {
        int evaluated = 0;

        var v = Judge.DecideIfHypothesesHold("test.theorem", [Margin("H", -2 * Tau)], "C", "C needs H", () =>
        {
            evaluated++;
            return Decide(Margin("H", -2 * Tau), Margin("C", 1), Passed);
        });

        Assert.Equal((0, VerdictKind.Vacuous, CheckOutcome.Undecided), (evaluated, v.Kind, v.Conclusion.Outcome));
        Assert.Equal(("C", "not evaluated: C needs H"), (v.Conclusion.Name, v.Conclusion.Statement));
    }

    [Fact]
    public void A_hypothesis_within_tolerance_leaves_the_conclusion_unevaluated_and_the_verdict_Inconclusive()
    {
        var v = Judge.DecideIfHypothesesHold("test.theorem", [Margin("H", Tau / 2)], "C", "C needs H", () => throw new InvalidOperationException("evaluated"));

        Assert.Equal((VerdictKind.Inconclusive, VerdictReason.HypothesisUndecided), (v.Kind, v.Reason));
    }

    [Fact]
    public void Hypotheses_that_hold_hand_the_verdict_to_the_conclusion()
    {
        var v = Judge.DecideIfHypothesesHold("test.theorem", [Margin("H", 2 * Tau)], "C", "C needs H", () => Decide(Margin("H", 2 * Tau), Margin("C", 2 * Tau), Passed));

        Assert.Equal((VerdictKind.Confirmed, "C"), (v.Kind, v.Conclusion.Name));
    }
}
