using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// Planted false statement (sensitivity check): the Rademacher bound with e² replaced by 0.5. FsCheck must find a sample
/// whose confident lower estimate exceeds 0.5·max_i‖x_i‖/√n within the budget, from a fixed seed.
/// </summary>
public sealed class RademacherHalfConstantProperties(ITestOutputHelper output)
{
    [Fact]
    public void FsCheck_refutes_the_rademacher_bound_with_constant_one_half() =>
        PlantedRefutation.Check(output, "planted.rademacher-half-constant", ciMaxTest: 20, seed: 20261123, propertyFile: "properties/ResNetProofs.Properties/RademacherHalfConstantProperties.cs");
}
