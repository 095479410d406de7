namespace ResNetProofs.Numerics.Precision;

/// <summary>
/// Every default tolerance of the numerics, defined once with where its value comes from.
/// "Relative" tolerances multiply a stated scale; "absolute" ones do not.
/// </summary>
public static class Tolerances
{
    /// <summary>u = 2⁻⁵³ ≈ 1.11e−16, the unit round-off of IEEE binary64 (round to nearest).</summary>
    public const double UnitRoundoff = 1.1102230246251565e-16;

    /// <summary>
    /// Relative gradient tolerance for "Converged": ‖∇R‖ ≤ 1e−10·scale, the default; about 10⁶·u,
    /// which leaves room for the n·P rounding of summing per-sample gradients.
    /// </summary>
    public const double GradientRelative = 1e-10;

    /// <summary>
    /// Absolute kink tolerance on |pre-activation| of a ReLU unit: 1e−8 ≈ √u·(scale 1e0). Closer than this to 0,
    /// a converged refinement (step ≈ ‖∇R‖/λ ≤ 1e−8) could cross the kink, so the Hessian there is not trusted.
    /// </summary>
    public const double KinkAbsolute = 1e-8;

    /// <summary>
    /// Rank tolerance factor for least squares and column spaces: singular values below
    /// max(n, d)·u·σ_max are treated as zero (theorems.md, pitfall 1: machine ε alone missed a duplicated column).
    /// </summary>
    public static double RankThreshold(int rows, int cols, double sigmaMax) => Math.Max(rows, cols) * UnitRoundoff * sigmaMax;

    /// <summary>
    /// Relative tolerance for "an eigenvalue is zero": |λ| ≤ 1e−8·‖H‖₂ (√u: eigenvalues of a matrix whose
    /// entries carry relative error ~P·u, with P up to 10⁴, are only that accurate near zero).
    /// </summary>
    public const double EigenvalueZeroRelative = 1e-8;

    /// <summary>
    /// Relative threshold for "numerically zero" in symmetry admissibility: a block, tangent or singular value with
    /// ‖·‖₂ ≤ 1e−8·‖θ‖₂ counts as 0. 1e−8 ≈ √u: near a degenerate critical point Newton converges only linearly and fixes θ
    /// to about √u relative accuracy (theorems.md), so below this the point cannot be told apart from one where the quantity is
    /// exactly 0 (e.g. w = 0, where the readout null space is no symmetry); the same √u as <see cref="EigenvalueZeroRelative"/>.
    /// </summary>
    public const double SymmetryDegenerateRelative = 1e-8;
}
