namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Outcome of <see cref="NewtonRefinement"/>: the last accepted θ, why the run stopped, and the history per iteration.
/// Iteration j (0-based) moves θ_j to θ_{j+1}; the first <see cref="DescentIterations"/> are gradient-descent steps.
/// </summary>
public sealed record RefinementResult
{
    /// <summary>The returned point θ (length P): the last accepted iterate.</summary>
    public required IReadOnlyList<double> Theta { get; init; }

    /// <summary>F(θ) at <see cref="Theta"/>.</summary>
    public required double Value { get; init; }

    /// <summary>‖∇F(θ)‖₂ at <see cref="Theta"/>.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>Why the run stopped; only Converged certifies ‖∇F(θ)‖₂ ≤ <see cref="Tolerance"/>.</summary>
    public required RefinementStopReason StopReason { get; init; }

    /// <summary>A one-line explanation of <see cref="StopReason"/> with the numbers behind it (e.g. the non-finite entry).</summary>
    public required string Note { get; init; }

    /// <summary>Completed iterations, descent and Newton together.</summary>
    public required int Iterations { get; init; }

    /// <summary>How many of the first iterations were gradient-descent steps.</summary>
    public required int DescentIterations { get; init; }

    /// <summary>‖∇F(θ_j)‖₂ for j = 0..Iterations (Iterations + 1 entries; entry 0 is the start).</summary>
    public required IReadOnlyList<double> GradientNorms { get; init; }

    /// <summary>‖θ_{j+1} − θ_j‖₂ for each completed iteration j (Iterations entries).</summary>
    public required IReadOnlyList<double> StepNorms { get; init; }

    /// <summary>λ = μ‖H‖₂‖g‖₂ of the accepted step in each iteration (Iterations entries; NaN for descent steps).</summary>
    public required IReadOnlyList<double> Lambdas { get; init; }

    /// <summary>The absolute gradient tolerance used: GradientTolerance·<see cref="Scale"/>.</summary>
    public required double Tolerance { get; init; }

    /// <summary>The scale of the relative tolerance: the caller's, or max(1, |F(θ₀)|, ‖∇F(θ₀)‖₂).</summary>
    public required double Scale { get; init; }

    /// <summary>The bound on ‖θ‖₂ past which the run is Diverged: DivergenceFactor·max(1, ‖θ₀‖₂).</summary>
    public required double DivergenceBound { get; init; }

    /// <summary>
    /// ‖Hg‖₂/(‖H‖₂‖g‖₂) at <see cref="Theta"/> with H the symmetrised Hessian (0 when H = 0 or g = 0), whenever H was
    /// evaluated and decomposed there (Converged, GradientFlat, Stalled unless the eigensolver failed, and a drift found at the
    /// tolerance); otherwise null. Near 0: g is (nearly) in ker H.
    /// </summary>
    public required double? FlatnessRatio { get; init; }
}
