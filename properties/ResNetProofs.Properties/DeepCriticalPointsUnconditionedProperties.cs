using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// yun2019.deep-critical-points.unconditioned (open conjecture): without the coverage conditions, every critical point has R ≤ R_lin or λ_min(∇²R) &lt; 0. A Counterexample here would be a research result: pin it, never weaken the property.
/// </summary>
public sealed class DeepCriticalPointsUnconditionedProperties(ITestOutputHelper output)
{
    [Fact]
    public void Deep_critical_points_without_coverage_conditions_beat_linear_or_escape() =>
        TheoremPropertyRun.Check(output, "yun2019.deep-critical-points.unconditioned", ciMaxTest: 20, minConfirmedShare: 0.5);
}
