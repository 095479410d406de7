using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// yun2019.deep-critical-points.unconditioned (open conjecture): without the coverage conditions, every critical point has R ≤ R_lin or λ_min(∇²R) &lt; 0. A Counterexample here would be a research result: pin it, never weaken the property.
/// Asserted Confirmed share 20% (measured 38% in CI): without parameter coverage the networks are wider
/// (Σ m_l ≥ d), so about half the refinements fail or end at linear saddles, which are Inconclusive, never Counterexample.
/// </summary>
public sealed class DeepCriticalPointsUnconditionedProperties(ITestOutputHelper output)
{
    [Fact]
    public void Deep_critical_points_without_coverage_conditions_beat_linear_or_escape() =>
        TheoremPropertyRun.Check(output, "yun2019.deep-critical-points.unconditioned", ciMaxTest: 60, minConfirmedShare: 0.20);
}
