using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// yun2019.deep-critical-points: at critical points with representation and parameter coverage, R ≤ R_lin or λ_min(∇²R) &lt; 0.
/// Asserted Confirmed share 30% (measured 42% in CI): a quarter of the refinements fail (IterationLimit, Diverged, Stalled)
/// and nearest critical points are often linear saddles (R = R_lin to rounding, no strict-saddle witness): both Inconclusive.
/// </summary>
public sealed class DeepCriticalPointsProperties(ITestOutputHelper output)
{
    [Fact]
    public void Deep_critical_points_with_both_coverage_conditions_beat_linear_or_escape() =>
        TheoremPropertyRun.Check(output, "yun2019.deep-critical-points", ciMaxTest: 100, minConfirmedShare: 0.30);
}
