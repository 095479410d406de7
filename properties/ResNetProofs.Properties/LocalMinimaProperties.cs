using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// shamir2018.local-minima: every (strict, modulo symmetries) local minimum of a single-block ResNet has R ≤ R_lin.
/// </summary>
public sealed class LocalMinimaProperties(ITestOutputHelper output)
{
    [Fact]
    public void Single_block_local_minima_never_lose_to_linear() =>
        TheoremPropertyRun.Check(output, "shamir2018.local-minima", ciMaxTest: 20, minConfirmedShare: 0.5);
}
