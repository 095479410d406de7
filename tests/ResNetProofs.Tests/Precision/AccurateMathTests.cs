using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Tests.Precision;

/// <summary>AccurateMath.Log1p against its Taylor series where 1 + x rounds away the answer.</summary>
public sealed class AccurateMathTests
{
    [Fact]
    public void Log1p_of_1e_minus_18_is_exactly_1e_minus_18()
    {
        // 1 + 1e−18 rounds to 1, and log(1 + x) = x(1 − x/2 + …) rounds to x; a naive log(1 + x) returns 0.
        Assert.Equal(1e-18, AccurateMath.Log1p(1e-18));
    }

    [Fact]
    public void Log1p_of_1e_minus_10_matches_the_series_to_1e_minus_15_relative()
    {
        const double x = 1e-10;
        double series = x - x * x / 2 + x * x * x / 3; // the next term x⁴/4 is 2.5e−41, i.e. 2.5e−31 relative.

        double value = AccurateMath.Log1p(x);

        // 1e−15 ≈ 9u: Goldberg's bound for log(u)·x/(u − 1) is a few u with a faithfully rounded log.
        Assert.InRange(Math.Abs(value - series) / series, 0, 1e-15);
    }
}
