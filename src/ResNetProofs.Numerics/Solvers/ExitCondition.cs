namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Why an iterative minimiser (<see cref="FixedStepDescent"/>) stopped; never an exception. Tested in the order listed
/// below at every iterate θ_t, before the step t → t+1.
/// </summary>
public enum ExitCondition
{
    /// <summary>F(θ_t) or ‖∇F(θ_t)‖₂ is NaN or ±∞.</summary>
    NonFinite,

    /// <summary>‖θ_t‖₂ or F(θ_t) grew past its divergence bound (a factor times max(1, its value at θ₀)).</summary>
    Diverged,

    /// <summary>F(θ_t) ≤ the target value.</summary>
    TargetReached,

    /// <summary>‖∇F(θ_t)‖₂ ≤ the gradient tolerance (absolute).</summary>
    Stationary,

    /// <summary>The iteration budget was used up (t = MaxIterations).</summary>
    IterationLimit,

    /// <summary>The caller's <see cref="IDescentObserver"/> declined the next step.</summary>
    StoppedByObserver,
}
