using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Settings of <see cref="NewtonRefinement"/>. Each default states where it comes from; all are validated on entry
/// (an invalid value throws <see cref="ArgumentOutOfRangeException"/> naming the option).
/// </summary>
public sealed record NewtonRefinementOptions
{
    /// <summary>The defaults below.</summary>
    public static NewtonRefinementOptions Default { get; } = new();

    /// <summary>Maximum number of Newton (Levenberg–Marquardt) iterations, ≥ 0; descent steps are not counted. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>
    /// Relative gradient tolerance τ, ≥ 0: Converged when ‖∇F(θ)‖₂ ≤ τ·scale (absolute tolerance reported in the result).
    /// Default <see cref="Tolerances.GradientRelative"/> = 1e−10.
    /// </summary>
    public double GradientTolerance { get; init; } = Tolerances.GradientRelative;

    /// <summary>
    /// The scale that multiplies <see cref="GradientTolerance"/>; finite and &gt; 0 when given. When null (default) it is
    /// max(1, |F(θ₀)|, ‖∇F(θ₀)‖₂), taken at the start before any descent.
    /// </summary>
    public double? Scale { get; init; }

    /// <summary>Diverged when ‖θ‖₂ &gt; DivergenceFactor·max(1, ‖θ₀‖₂); finite and ≥ 1. Default 1e6.</summary>
    public double DivergenceFactor { get; init; } = 1e6;

    /// <summary>
    /// Number of plain gradient-descent steps θ ← θ − t∇F(θ) (Armijo backtracking on F) taken before Newton, ≥ 0.
    /// Default 0. Use it to reach minima: Newton alone converges to the nearest critical point of any index.
    /// </summary>
    public int DescentSteps { get; init; } = 0;

    /// <summary>
    /// Stall window k ≥ 1: the Newton phase stops (Stalled or GradientFlat) when ‖g_j‖ ≥ StallRatio·‖g_{j−k}‖, i.e. less
    /// than a 1% fall of ‖∇F‖ over k iterations at the default ratio. Default 10.
    /// </summary>
    public int StallWindow { get; init; } = 10;

    /// <summary>Stall ratio in (0, 1]: see <see cref="StallWindow"/>. Default 0.99.</summary>
    public double StallRatio { get; init; } = 0.99;

    /// <summary>
    /// Flatness tolerance ε in [0, 1): a stop for lack of progress is GradientFlat when ‖Hg‖₂ ≤ ε·‖H‖₂‖g‖₂, else Stalled.
    /// Default 1e−6: ‖Hg‖/(‖H‖‖g‖) squared bounds the relative fall of ‖g‖² any Gauss–Newton step can achieve, so below
    /// √u ≈ 1e−8 no step beats rounding; 1e−6 leaves a factor 100.
    /// </summary>
    public double FlatnessTolerance { get; init; } = 1e-6;

    /// <summary>
    /// Drift window w ≥ 2: at a stop by tolerance or iteration limit, θ is Diverged (drift) when over the last w steps
    /// (including, at tolerance, the prospective damped Newton step from the final θ) F did not rise, ‖θ‖ grew and each
    /// ‖s_j‖ ≥ c·‖s_{j−1}‖ with c = <see cref="DriftContraction"/>. At least 2 steps are needed, so a start that already
    /// meets the tolerance is reported Converged. Default 5.
    /// </summary>
    public int DriftWindow { get; init; } = 5;

    /// <summary>
    /// Drift contraction c in (0, 1]: steps that shrink by less than this factor do not converge to a finite point at a
    /// useful rate. Default 0.9 (Newton on x⁴, rate 2/3, is not drift; on e^{−x} the step stays ≈ 1).
    /// </summary>
    public double DriftContraction { get; init; } = 0.9;

    /// <summary>
    /// Initial dimensionless damping μ₀ &gt; 0; the Levenberg–Marquardt parameter is λ = μ·‖H‖₂·‖g‖₂. Default 1e−3
    /// (Madsen, Nielsen and Tingleff, "Methods for non-linear least squares problems", 2004, §3.2).
    /// </summary>
    public double InitialDamping { get; init; } = 1e-3;

    /// <summary>
    /// Trials per Newton iteration, ≥ 1: after a rejected trial μ grows by ν (ν = 2, 4, 8, …); no accepted trial ends the
    /// run as Stalled or GradientFlat. Default 30 (μ can grow by 2^465, far past the steepest-descent limit).
    /// </summary>
    public int MaxDampingTrials { get; init; } = 30;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for the first option out of range.</summary>
    internal void Validate()
    {
        Require(MaxIterations >= 0, nameof(MaxIterations), MaxIterations, "must be ≥ 0");
        Require(double.IsFinite(GradientTolerance) && GradientTolerance >= 0, nameof(GradientTolerance), GradientTolerance, "must be finite and ≥ 0");
        Require(Scale is null || (double.IsFinite(Scale.Value) && Scale.Value > 0), nameof(Scale), Scale, "must be null, or finite and > 0");
        Require(double.IsFinite(DivergenceFactor) && DivergenceFactor >= 1, nameof(DivergenceFactor), DivergenceFactor, "must be finite and ≥ 1");
        Require(DescentSteps >= 0, nameof(DescentSteps), DescentSteps, "must be ≥ 0");
        Require(StallWindow >= 1, nameof(StallWindow), StallWindow, "must be ≥ 1");
        Require(StallRatio > 0 && StallRatio <= 1, nameof(StallRatio), StallRatio, "must lie in (0, 1]");
        Require(FlatnessTolerance >= 0 && FlatnessTolerance < 1, nameof(FlatnessTolerance), FlatnessTolerance, "must lie in [0, 1)");
        Require(DriftWindow >= 2, nameof(DriftWindow), DriftWindow, "must be ≥ 2");
        Require(DriftContraction > 0 && DriftContraction <= 1, nameof(DriftContraction), DriftContraction, "must lie in (0, 1]");
        Require(double.IsFinite(InitialDamping) && InitialDamping > 0, nameof(InitialDamping), InitialDamping, "must be finite and > 0");
        Require(MaxDampingTrials >= 1, nameof(MaxDampingTrials), MaxDampingTrials, "must be ≥ 1");
    }

    private static void Require(bool ok, string name, object? value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException("options", value, $"options.{name} is {value ?? "null"}: it {rule}");
        }
    }
}
