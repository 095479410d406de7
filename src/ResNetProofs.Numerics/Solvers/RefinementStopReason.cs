namespace ResNetProofs.Numerics.Solvers;

/// <summary>Why a <see cref="NewtonRefinement"/> run ended. Only <see cref="Converged"/> certifies ‖∇F(θ)‖ ≤ tol.</summary>
public enum RefinementStopReason
{
    /// <summary>‖∇F(θ)‖ ≤ tol (absolute), and the last steps show no drift to infinity.</summary>
    Converged,

    /// <summary>
    /// ‖∇F‖ stopped falling above tol while ‖H g‖ ≤ ε·‖H‖₂‖g‖: g lies (nearly) in ker H, so θ is a stationary point
    /// of ½‖∇F‖² but not a critical point of F (a flat direction with nonzero slope).
    /// </summary>
    GradientFlat,

    /// <summary>‖∇F‖ stopped falling above tol with g not in ker H (rounding floor, or a Hessian inconsistent with ∇F).</summary>
    Stalled,

    /// <summary>
    /// ‖θ‖ exceeded the divergence bound, F or its derivatives stopped being finite, or θ drifted: F did not rise while
    /// ‖θ‖ grew with non-contracting steps, so a small ‖∇F‖ reflects an infimum at infinity, not a critical point.
    /// </summary>
    Diverged,

    /// <summary>The Newton phase used its MaxIterations iterations without meeting any other stop rule.</summary>
    IterationLimit,
}
