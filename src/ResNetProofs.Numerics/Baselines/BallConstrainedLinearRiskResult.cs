namespace ResNetProofs.Numerics.Baselines;

/// <summary>
/// The outcome of <see cref="BallConstrainedLinearRisk.Minimize"/>: a feasible u (‖u‖ ≤ D), g(u) = (1/T)Σ ℓ(uᵀx_t; y_t), and the
/// Frank–Wolfe lower bound g(u) − ∇g(u)ᵀu − D‖∇g(u)‖ ≤ min_{‖s‖≤D} g(s) (exact arithmetic; rounding is the caller's to add).
/// </summary>
public sealed record BallConstrainedLinearRiskResult
{
    /// <summary>D, the radius of the ball.</summary>
    public required double Radius { get; init; }

    /// <summary>u, feasible: its computed norm is at most D·(1 − 2(d + 2)u).</summary>
    public required double[] Minimizer { get; init; }

    /// <summary>g(u) = (1/T)Σ ℓ(uᵀx_t; y_t), an upper bound on the minimum (u is feasible).</summary>
    public required double Value { get; init; }

    /// <summary>∇g(u) = (1/T)Σ ℓ′(uᵀx_t; y_t) x_t (length d).</summary>
    public required double[] Gradient { get; init; }

    /// <summary>g(u) − ∇g(u)ᵀu − D‖∇g(u)‖₂, a lower bound on the minimum by convexity (the Frank–Wolfe gap subtracted).</summary>
    public required double LowerBound { get; init; }

    /// <summary>The Frank–Wolfe gap ∇g(u)ᵀu + D‖∇g(u)‖₂ = Value − LowerBound (≥ 0 for feasible u).</summary>
    public double Gap => Value - LowerBound;

    /// <summary>λ ≥ 0 with ∇g(u) ≈ −λu (0 in the interior).</summary>
    public required double Multiplier { get; init; }

    /// <summary>Interior, Boundary or NotConverged.</summary>
    public required BallConstrainedLinearRiskStatus Status { get; init; }

    /// <summary>Newton steps taken over all inner solves (0 when the unconstrained baseline was used as is).</summary>
    public required int Iterations { get; init; }

    /// <summary>max_t |ℓ(uᵀx_t; y_t)|, the size of the terms of <see cref="Value"/>.</summary>
    public required double LossScale { get; init; }

    /// <summary>max_t |ℓ′(uᵀx_t; y_t)|·‖x_t‖₂, the size of the terms of <see cref="Gradient"/>.</summary>
    public required double GradientTermScale { get; init; }
}
