using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Tests.GroundTruth;

/// <summary>
/// The closed forms of Yun et al. (2019) Example 2 (theorems.md <c>yun2019.example2</c>) asserted directly, beside the
/// snapshot snapshots/Yun2019/Example2.verified.json.
/// </summary>
public sealed class Yun2019Example2Tests
{
    /// <summary>Three-term sums and a 2-column SVD of numbers ≤ 4: a few ulps; 1e−12 (relative, or absolute at 0) leaves room.</summary>
    private const double Tolerance = 1e-12;

    [Fact]
    public void Linear_risk_of_x_is_25_over_78()
    {
        Assert.Equal(25.0 / 78, Yun2019Example2.LinearRiskOf([1, 2.5, 3]), Tolerance);
    }

    [Fact]
    public void Zero_risk_fixture_has_risk_zero()
    {
        Assert.Equal(0, new PointEvidence(Yun2019Example2.ZeroRisk()).Value, Tolerance);
    }

    [Fact]
    public void Zero_risk_fixture_maps_x_to_the_constructed_block_outputs()
    {
        var fixture = Yun2019Example2.ZeroRisk();

        Assert.Equal([1, 2.5, 4], Yun2019Example2.BlockOutput(fixture, 1));
        Assert.Equal([1, 2.5, 1.75], Yun2019Example2.BlockOutput(fixture, 2));
    }

    [Fact]
    public void Zero_risk_fixture_fits_block_1_worse_than_x_with_linear_risk_one_half()
    {
        Assert.Equal(0.5, Yun2019Example2.LinearRiskOf(Yun2019Example2.BlockOutput(Yun2019Example2.ZeroRisk(), 1)), Tolerance);
    }

    [Fact]
    public void Zero_risk_fixture_fits_block_2_exactly_with_linear_risk_zero()
    {
        Assert.Equal(0, Yun2019Example2.LinearRiskOf(Yun2019Example2.BlockOutput(Yun2019Example2.ZeroRisk(), 2)), Tolerance);
    }

    [Fact]
    public void Zero_risk_point_with_v1_zero_has_risk_zero_and_block_1_linear_risk_equal_to_that_of_x()
    {
        var other = Yun2019Example2.ZeroRiskWithoutBlock1();

        Assert.Equal(0, new PointEvidence(other).Value, Tolerance);
        Assert.Equal([1, 2.5, 3], Yun2019Example2.BlockOutput(other, 1));
        Assert.Equal(25.0 / 78, Yun2019Example2.LinearRiskOf(Yun2019Example2.BlockOutput(other, 1)), Tolerance);
    }
}
