namespace ResNetProofs.Numerics.Baselines;

/// <summary>
/// The outcome of <see cref="LinearBaseline.Minimize"/>: R_lin = inf_{t,b} (1/n) Σ_i ℓ(tᵀx_i + b; y_i), the returned point
/// (t*, b*), how it was found and the evidence that it is (or is not) a minimiser.
/// </summary>
public sealed record LinearBaselineResult
{
    /// <summary>R_lin: the minimum (re-evaluated at the returned point) when attained; 0 for <see cref="LinearBaselineStatus.Separable"/>; otherwise the last R reached, an upper bound on the infimum.</summary>
    public required double Value { get; init; }

    /// <summary>t* ∈ R^d; for rank-deficient designs the minimum-norm choice ‖(t, b)‖₂ among all points with the same predictions. For Separable, a strictly separating direction.</summary>
    public required double[] Weights { get; init; }

    /// <summary>b* (0 when <see cref="WithBias"/> is false).</summary>
    public required double Bias { get; init; }

    /// <summary>Whether the affine term b was free (design [X | 1]) or fixed at 0 (design X).</summary>
    public required bool WithBias { get; init; }

    /// <summary>True only when a minimiser is certified to exist (closed form, or the Newton ball certificate); read <see cref="Status"/> for why it is false.</summary>
    public required bool Attained { get; init; }

    /// <summary>Why the computation stopped.</summary>
    public required LinearBaselineStatus Status { get; init; }

    /// <summary>"closed-form least squares" or "newton".</summary>
    public required string Method { get; init; }

    /// <summary>The <see cref="Losses.ILoss.Name"/> of the loss.</summary>
    public required string LossName { get; init; }

    /// <summary>Newton iterations taken (0 for the closed form).</summary>
    public required int Iterations { get; init; }

    /// <summary>‖∇_{(t,b)} R‖₂ at the returned point, re-evaluated in the original coordinates (b-component only when WithBias).</summary>
    public required double GradientNorm { get; init; }

    /// <summary>The Newton stop threshold on ‖∇_{(t,b)} R‖₂: 1e−12·max(1, S), S = (1/n) Σ|ℓ′_i|·‖a_i‖ with a_i the design rows. 0 for the closed form.</summary>
    public required double GradientTolerance { get; init; }

    /// <summary>Rank r of the design A (n×(d+1) or n×d): singular values above <see cref="RankTolerance"/>.</summary>
    public required int Rank { get; init; }

    /// <summary>The rank threshold used, max(n, cols)·u·σ_max (<see cref="Precision.Tolerances.RankThreshold"/>).</summary>
    public required double RankTolerance { get; init; }

    /// <summary>Upper bound on Value − R_lin from the optimality certificate (excluding the rounding of evaluating R); 0 for Separable; +∞ when nothing is certified.</summary>
    public required double ValueErrorBound { get; init; }

    /// <summary>Explanation when the minimum is not attained or not certified; null otherwise.</summary>
    public string? Note { get; init; }
}
