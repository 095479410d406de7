using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// Planted false statement (sensitivity check): Shamir's first-order certificate with the term uᵀVb dropped. FsCheck must
/// find a single-block point that violates it within the budget, from a fixed seed.
/// </summary>
public sealed class CertificateWithoutBlockTermProperties(ITestOutputHelper output)
{
    [Fact]
    public void FsCheck_refutes_the_certificate_without_its_block_term() =>
        PlantedRefutation.Check(output, "planted.first-order-certificate-without-block-term", ciMaxTest: 40, seed: 20261123, propertyFile: "properties/ResNetProofs.Properties/CertificateWithoutBlockTermProperties.cs");
}
