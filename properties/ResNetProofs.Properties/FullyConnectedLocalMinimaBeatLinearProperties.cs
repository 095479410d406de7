using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// Planted false statement (sensitivity check): "every local minimum of a one-hidden-layer smooth network has R ≤ R_lin".
/// Spurious minima exist; FsCheck must find one within the budget, from a fixed seed.
/// </summary>
public sealed class FullyConnectedLocalMinimaBeatLinearProperties(ITestOutputHelper output)
{
    [Fact]
    public void FsCheck_refutes_fully_connected_local_minima_beat_linear() =>
        PlantedRefutation.Check(output, "planted.fully-connected-local-minima-beat-linear", ciMaxTest: 300, seed: 20261123, propertyFile: "properties/ResNetProofs.Properties/FullyConnectedLocalMinimaBeatLinearProperties.cs");
}
