using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Theorems;

/// <summary>left ≤ r with r known only within a bracket: decided only when the whole bracket agrees; crossed ends are handled.</summary>
public sealed class BracketedCheckTests
{
    [Fact]
    public void Holds_when_left_is_below_the_whole_bracket()
    {
        Assert.Equal(CheckOutcome.Holds, BracketedCheck.AtMost("c", "x ≤ r", 1.0, 2.0, 3.0, 1e-12, "t").Outcome);
    }

    [Fact]
    public void Fails_when_left_is_above_the_whole_bracket()
    {
        Assert.Equal(CheckOutcome.Fails, BracketedCheck.AtMost("c", "x ≤ r", 4.0, 2.0, 3.0, 1e-12, "t").Outcome);
    }

    [Fact]
    public void Is_undecided_when_left_lies_inside_the_bracket()
    {
        Assert.Equal(CheckOutcome.Undecided, BracketedCheck.AtMost("c", "x ≤ r", 2.5, 2.0, 3.0, 1e-12, "t").Outcome);
    }

    [Fact]
    public void Ends_crossed_by_one_ulp_are_rounding_and_still_decide()
    {
        // The hunt's sgd-tweak case 61070 (docs/hunt-findings): the Frank–Wolfe bound exceeded the feasible value by one ulp.
        const double value = 1.481499362262324;
        double bound = Math.BitIncrement(value);

        var check = BracketedCheck.AtMost("c", "x ≤ r", 1.2, bound, value, 1e-13, "t");

        Assert.Equal(CheckOutcome.Holds, check.Outcome);
    }

    [Fact]
    public void Ends_crossed_beyond_rounding_are_never_decided()
    {
        var check = BracketedCheck.AtMost("c", "x ≤ r", 9.0, 3.0, 2.0, 1e-12, "t");

        Assert.Equal(CheckOutcome.Undecided, check.Outcome);
        Assert.Contains("empty by more than τ₀", check.ToleranceOrigin);
    }
}
