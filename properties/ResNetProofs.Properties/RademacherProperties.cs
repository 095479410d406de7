using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// yun2019.rademacher: the confident lower estimate of R̂_S(F_L) never exceeds e²·max_i‖x_i‖/√n.
/// </summary>
public sealed class RademacherProperties(ITestOutputHelper output)
{
    [Fact]
    public void Rademacher_lower_estimate_never_exceeds_the_e_squared_bound() =>
        TheoremPropertyRun.Check(output, "yun2019.rademacher", ciMaxTest: 40, minConfirmedShare: 0.5);
}
