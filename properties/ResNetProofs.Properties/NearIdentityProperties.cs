using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// yun2019.near-identity: at every θ of a deep ResNet, R(θ) ≤ R_lin(t*) + (w − t*)ᵀ∇_w R + t*ᵀ(1/n)Σ r_i (h_L(x_i) − x_i).
/// </summary>
public sealed class NearIdentityProperties(ITestOutputHelper output)
{
    [Fact]
    public void Near_identity_certificate_is_never_violated_at_generated_deep_points() =>
        TheoremPropertyRun.Check(output, "yun2019.near-identity", ciMaxTest: 100, minConfirmedShare: 0.5);
}
