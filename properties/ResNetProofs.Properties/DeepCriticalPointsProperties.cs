using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// yun2019.deep-critical-points: at critical points with representation and parameter coverage, R ≤ R_lin or λ_min(∇²R) &lt; 0.
/// </summary>
public sealed class DeepCriticalPointsProperties(ITestOutputHelper output)
{
    [Fact]
    public void Deep_critical_points_with_both_coverage_conditions_beat_linear_or_escape() =>
        TheoremPropertyRun.Check(output, "yun2019.deep-critical-points", ciMaxTest: 20, minConfirmedShare: 0.5);
}
