namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// A rigorous enclosure Lower ≤ R_lin ≤ Upper of R_lin = inf_w (1/n) Σ_i ℓ(wᵀa_i; y_i), with a_i = (x_i, 1) when the
/// model has an output bias and a_i = x_i otherwise (see <see cref="LinearBaselineEnclosure"/>), and the quantities of
/// the certificate behind the lower side.
/// </summary>
public sealed record LinearBaselineEnclosureResult
{
    /// <summary>A certified lower bound on R_lin (inf over all w): from strong convexity when <see cref="Status"/> is
    /// <see cref="LinearBaselineEnclosureStatus.Certified"/>, otherwise the fallback (0 for nonnegative losses, −∞ for "linear").</summary>
    public required double Lower { get; init; }

    /// <summary>A certified upper bound on R_lin: the upper end of the interval evaluation of R at the given point (any point bounds the infimum from above).</summary>
    public required double Upper { get; init; }

    /// <summary>Upper − Lower, rounded up (+∞ when Lower is −∞).</summary>
    public double Width => Interval.Up(Upper - Lower);

    /// <summary>The radius ρ of the ball B(w̃, ρ) on which the curvature bound holds: +∞ for squared losses (constant ℓ″);
    /// the last radius tried when the certificate failed; 0 when no radius was tried. Measured in the equilibrated coordinates z = D⁻¹w (see <see cref="LinearBaselineEnclosure"/>).</summary>
    public required double Radius { get; init; }

    /// <summary>m, a certified lower bound on λ_min of the Hessian of R over the ball in the coordinates z (−∞ when none could be computed; ≤ 0 means no strong convexity was proved).</summary>
    public required double CurvatureLowerBound { get; init; }

    /// <summary>A certified upper bound on ‖∇_z R(Dz̃)‖₂, the gradient in the equilibrated coordinates z (bias included).</summary>
    public required double GradientNormBound { get; init; }

    /// <summary>True when a minimiser is certified to exist (inside the ball); false says only that none was certified.</summary>
    public required bool Attained { get; init; }

    /// <summary>How the lower side was obtained.</summary>
    public required LinearBaselineEnclosureStatus Status { get; init; }

    /// <summary>Whether the design had the constant-1 column (output bias).</summary>
    public required bool WithBias { get; init; }

    /// <summary>The <see cref="Losses.ILoss.Name"/> of the loss.</summary>
    public required string LossName { get; init; }

    /// <summary>How each side was obtained, in words (for reports).</summary>
    public required string Method { get; init; }
}
