using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// shamir2018.approximate-stationarity: R ≤ R_lin(t*) + ‖t*‖(ε + ‖V‖₂γ) + ‖w‖ε at every θ of a single block without output bias (d ≥ 2).
/// </summary>
public sealed class ApproximateStationarityProperties(ITestOutputHelper output)
{
    [Fact]
    public void Approximate_stationarity_bound_is_never_violated_at_generated_single_block_points() =>
        TheoremPropertyRun.Check(output, "shamir2018.approximate-stationarity", ciMaxTest: 100, minConfirmedShare: 0.5);
}
