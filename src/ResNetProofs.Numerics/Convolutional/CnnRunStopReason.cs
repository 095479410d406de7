namespace ResNetProofs.Numerics.Convolutional;

/// <summary>Why a <see cref="CnnGradientDescent"/> run stopped (never an exception).</summary>
public enum CnnRunStopReason
{
    /// <summary>L ≤ ε·½E y².</summary>
    ReachedLossTolerance,

    /// <summary>‖∇L‖₂ ≤ the stationarity tolerance (relative to E y²) above the loss tolerance.</summary>
    Stationary,

    /// <summary>MaxIterations steps were taken.</summary>
    IterationLimit,

    /// <summary>L or ∇L stopped being finite, or ‖θ‖ exceeded 1e6·max(1, ‖θ₀‖).</summary>
    Diverged,
}
