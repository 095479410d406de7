using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// yun2019.near-identity.critical-bound: at critical points of bias-free deep ResNets, R ≤ R_lin + ‖t*‖·G·(e^κ − 1)·max_i‖x_i‖.
/// </summary>
public sealed class NearIdentityCriticalBoundProperties(ITestOutputHelper output)
{
    [Fact]
    public void Near_identity_critical_points_obey_the_depth_independent_bound() =>
        TheoremPropertyRun.Check(output, "yun2019.near-identity.critical-bound", ciMaxTest: 20, minConfirmedShare: 0.5);
}
