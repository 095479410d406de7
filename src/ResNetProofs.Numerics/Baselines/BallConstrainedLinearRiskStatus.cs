namespace ResNetProofs.Numerics.Baselines;

/// <summary>Where <see cref="BallConstrainedLinearRisk.Minimize"/> found the minimiser of (1/T)Σ ℓ(uᵀx_t; y_t) over ‖u‖ ≤ D.</summary>
public enum BallConstrainedLinearRiskStatus
{
    /// <summary>Inside the ball: an unconstrained minimiser with ‖u‖ &lt; D (multiplier λ = 0).</summary>
    Interior,

    /// <summary>On the sphere ‖u‖ = D: ∇g(u) = −λu with λ &gt; 0 found by a safeguarded secular-equation search.</summary>
    Boundary,

    /// <summary>The search ran out of iterations; the returned u is feasible and the lower bound still valid, only loose.</summary>
    NotConverged,
}
