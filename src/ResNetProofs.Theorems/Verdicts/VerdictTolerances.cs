using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Theorems.Verdicts;

/// <summary>
/// Every tolerance the theorem checks use, defined once and derived from the numbers at hand (n, ‖H‖, ‖∇R‖, u).
/// </summary>
public static class VerdictTolerances
{
    /// <summary>
    /// Safety factor on the summation bound n·u·Σ|terms|: each per-sample term itself carries a few roundings (the forward
    /// pass, ℓ, the chain rule), and 16 covers them with room; a margin this close to 0 is not worth a verdict.
    /// </summary>
    public const double RoundingSafety = 16;

    /// <summary>
    /// Error bound of an n-term mean whose terms have size about <paramref name="scale"/>: 16·n·u·max(1, |scale|)
    /// (absolute, in the units of the mean).
    /// </summary>
    public static double MeanRounding(int n, double scale) => RoundingSafety * n * Tolerances.UnitRoundoff * Math.Max(1, Math.Abs(scale));

    /// <summary>
    /// "∇R = 0" at a point taken as given: ‖∇R‖₂ ≤ 1e−10·max(1, |R|), the refinement's own default
    /// (<see cref="Tolerances.GradientRelative"/>); a refined point uses its refinement's absolute tolerance instead.
    /// </summary>
    public static double CriticalGradient(double risk) => Tolerances.GradientRelative * Math.Max(1, Math.Abs(risk));

    /// <summary>"An eigenvalue is zero": ε_rel·‖H‖₂ + e_j with ε_rel = <see cref="Tolerances.EigenvalueZeroRelative"/> (1e−8) and e_j the eigenvalue's error bound.</summary>
    public static double Eigenvalue(double norm, double errorBound) => Tolerances.EigenvalueZeroRelative * norm + errorBound;
}
