using ResNetProofs.Numerics.Derivatives;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Regularised Newton refinement to a critical point ∇F(θ) = 0 of any index (minimum, saddle or maximum):
/// Levenberg–Marquardt on the residual g = ∇F with Jacobian H = ∇²F (symmetrised), i.e. Gauss–Newton on the merit
/// φ(θ) = ½‖∇F(θ)‖₂², with step s = −(H² + λI)⁻¹Hg and λ = μ‖H‖₂‖g‖₂.
/// </summary>
/// <remarks>
/// <para>
/// Why this step: s minimises ‖g + Hs‖² + λ‖s‖², so it is a descent direction for φ whatever the inertia of H,
/// and the iteration is attracted to saddles as well as minima. It is formed from the eigendecomposition H = QΛQᵀ as
/// s = −Q·diag(λᵢ/(λᵢ² + λ))·Qᵀg, so eigenvalues λᵢ = 0 give no component (no division by zero).
/// </para>
/// <para>
/// Acceptance is a trust-region test on φ (not on F, which may rise on the way to a saddle): the gain ratio
/// ρ = (φ(θ) − φ(θ + s))/(φ(θ) − ½‖g + Hs‖²) must exceed 1e−4. On success μ ← μ·max(1/3, 1 − (2ρ − 1)³); on failure
/// μ ← μ·ν, ν ← 2ν (Nielsen's rule). Because λ ∝ ‖g‖, the step tends to the Newton step −H⁻¹g near a nondegenerate
/// critical point and the local rate is quadratic (Fan and Yuan 2005, δ = 1); near degenerate ones it is linear.
/// </para>
/// <para>
/// Before Newton, <see cref="NewtonRefinementOptions.DescentSteps"/> gradient steps with Armijo backtracking on F may
/// be taken (first trial length 1, later twice the last accepted length, halved up to 60 times).
/// </para>
/// <para>
/// Never throws for non-convergence: the result carries a <see cref="RefinementStopReason"/>, a note and the history.
/// F, ∇F and ∇²F are checked for NaN/∞ at every accepted point (Diverged with the index); a trial point where they
/// are not finite is a rejected trial.
/// </para>
/// </remarks>
public static class NewtonRefinement
{
    /// <summary>
    /// Refines θ₀ towards a θ with ‖∇F(θ)‖₂ ≤ τ·scale, by Levenberg–Marquardt steps s = −(H² + λI)⁻¹Hg on ∇F = 0.
    /// </summary>
    /// <param name="objective">F with exact gradient and Hessian; its Dimension must equal θ₀'s length.</param>
    /// <param name="theta0">The start θ₀ ∈ R^P, every entry finite; it is copied.</param>
    /// <param name="options">Settings; null means <see cref="NewtonRefinementOptions.Default"/>.</param>
    /// <returns>The last accepted θ, F(θ), the stop reason and the per-iteration history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// θ₀ is empty, its length differs from objective.Dimension, or θ₀[i] is NaN/∞ (the message names i and the value);
    /// or the objective's Hessian has the wrong shape. An option out of range throws <see cref="ArgumentOutOfRangeException"/>.
    /// </exception>
    public static RefinementResult Refine(ISmoothObjective objective, ReadOnlySpan<double> theta0, NewtonRefinementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        options ??= NewtonRefinementOptions.Default;
        options.Validate();
        if (theta0.Length == 0)
        {
            throw new ArgumentException("theta0 is empty: need P ≥ 1 variables", nameof(theta0));
        }
        if (theta0.Length != objective.Dimension)
        {
            throw new ArgumentException($"length mismatch: theta0 has {theta0.Length} entries but objective.Dimension is {objective.Dimension}", nameof(theta0));
        }
        for (int i = 0; i < theta0.Length; i++)
        {
            if (!double.IsFinite(theta0[i]))
            {
                throw new ArgumentException($"theta0[{i}] is {NewtonRefinementRun.Format(theta0[i])}: the start must be finite", nameof(theta0));
            }
        }
        return new NewtonRefinementRun(objective, theta0, options).Run();
    }
}
