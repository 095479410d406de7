using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// shamir2018.first-order-certificate: at every θ of a single block with w ≠ 0, R(θ) ≤ R_lin(t*) + (w − t*)ᵀ∇_w R + t*ᵀVb.
/// </summary>
public sealed class FirstOrderCertificateProperties(ITestOutputHelper output)
{
    [Fact]
    public void First_order_certificate_is_never_violated_at_generated_single_block_points() =>
        TheoremPropertyRun.Check(output, "shamir2018.first-order-certificate", ciMaxTest: 100, minConfirmedShare: 0.5);
}
