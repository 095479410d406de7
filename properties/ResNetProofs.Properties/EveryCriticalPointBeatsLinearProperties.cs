using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// Planted false statement (sensitivity check): "every critical point of a deep ResNet has R ≤ R_lin". Strict saddles with
/// R &gt; R_lin refute it; FsCheck must find one within the budget, from a fixed seed.
/// </summary>
public sealed class EveryCriticalPointBeatsLinearProperties(ITestOutputHelper output)
{
    [Fact]
    public void FsCheck_refutes_every_critical_point_beats_linear() =>
        PlantedRefutation.Check(output, "planted.every-critical-point-beats-linear", ciMaxTest: 40, seed: 20261123, propertyFile: "properties/ResNetProofs.Properties/EveryCriticalPointBeatsLinearProperties.cs");
}
