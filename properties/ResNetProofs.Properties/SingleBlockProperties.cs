using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// yun2019.single-block: every critical point of a single-block ResNet with w ≠ 0 has R ≤ R_lin.
/// </summary>
public sealed class SingleBlockProperties(ITestOutputHelper output)
{
    [Fact]
    public void Single_block_critical_points_with_nonzero_readout_never_lose_to_linear() =>
        TheoremPropertyRun.Check(output, "yun2019.single-block", ciMaxTest: 20, minConfirmedShare: 0.5);
}
