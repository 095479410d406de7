namespace ResNetProofs.Numerics.Enclosures;

/// <summary>How the lower side of a <see cref="LinearBaselineEnclosureResult"/> was obtained, and why it is loose when it is.</summary>
public enum LinearBaselineEnclosureStatus
{
    /// <summary>Strong convexity on a ball was certified: a minimiser exists in B(t̃, ρ) and R_lin ≥ R(t̃) − ‖g‖²/(2m).</summary>
    Certified,

    /// <summary>No positive lower bound m on the Hessian's λ_min could be proved, even at t̃ (rank-deficient or very
    /// ill-conditioned design, the linear loss, or vanishing logistic curvature on separable data): the lower side is the
    /// fallback (0 for a nonnegative loss, −∞ for the linear loss).</summary>
    NoCurvature,

    /// <summary>m &gt; 0 was proved at t̃ but no tried radius ρ satisfied ‖g‖ &lt; m(ρ)·ρ/2 (t̃ too far from a minimiser, or
    /// curvature collapsing on the ball, e.g. near-separable logistic data): the lower side is the fallback.</summary>
    GradientTooLarge,

    /// <summary>The enclosure of R(t̃) or of its gradient is unbounded (overflow): nothing is certified beyond the fallback.</summary>
    NotFinite,
}
