namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// The record of an <see cref="OnlineGradientRun"/>: online gradient steps on (w, v) ∈ R^{d+k} over z_t = (x_t, F_t),
/// predictions p_t = (w_t, v_t)ᵀz_t, losses ℓ(p_t; y_t), gradients g_t = ℓ′(p_t; y_t)·z_t.
/// </summary>
public sealed record OnlineGradientRunResult
{
    /// <summary>T, the number of steps.</summary>
    public required int Steps { get; init; }

    /// <summary>D, the comparator radius the step was tuned for.</summary>
    public required double Radius { get; init; }

    /// <summary>G, the gradient bound the step was tuned for.</summary>
    public required double GradientBound { get; init; }

    /// <summary>η = D/(G√T).</summary>
    public required double StepSize { get; init; }

    /// <summary>ℓ(p_t; y_t) for t = 1..T, each at the iterate before its update (length T).</summary>
    public required IReadOnlyList<double> Losses { get; init; }

    /// <summary>(1/T) Σ_t ℓ(p_t; y_t), the average online loss.</summary>
    public required double AverageLoss { get; init; }

    /// <summary>max_t |ℓ(p_t; y_t)|, the size of the averaged terms.</summary>
    public required double MaxLoss { get; init; }

    /// <summary>max_t ‖g_t‖₂ = max_t |ℓ′(p_t; y_t)|·‖z_t‖₂, the realised gradient bound.</summary>
    public required double MaxGradientNorm { get; init; }

    /// <summary>Bound on the error of each computed ‖g_t‖ against the exact gradient at the computed iterate (absolute).</summary>
    public required double GradientNormError { get; init; }

    /// <summary>max_t ‖z_t‖₂ = max_t ‖(x_t, F_t)‖₂.</summary>
    public required double MaxFeatureNorm { get; init; }

    /// <summary>(w_{T+1}, v_{T+1}), the iterate after the last step (length d + k).</summary>
    public required double[] FinalIterate { get; init; }

    /// <summary>
    /// Absolute bound, in the units of the average loss, on how far rounding of the iterates, predictions and losses can move
    /// the average online loss against the regret inequality (see <see cref="OnlineGradientRun"/>); excludes the final T-term sum.
    /// </summary>
    public required double IterateRoundingBound { get; init; }
}
