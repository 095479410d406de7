namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Settings of <see cref="FixedStepDescent"/>: the step η and the stop tests of <see cref="ExitCondition"/>. A test whose
/// setting is null is never applied. <see cref="Validate"/> checks ranges.
/// </summary>
public sealed record FixedStepDescentOptions
{
    /// <summary>η &gt; 0, the fixed step of θ ← θ − η∇F(θ).</summary>
    public required double StepSize { get; init; }

    /// <summary>The step budget T ≥ 0: stop with <see cref="ExitCondition.IterationLimit"/> at θ_T.</summary>
    public required int MaxIterations { get; init; }

    /// <summary>Stop with <see cref="ExitCondition.TargetReached"/> when F(θ_t) ≤ this; null (default) for never.</summary>
    public double? TargetValue { get; init; }

    /// <summary>Stop with <see cref="ExitCondition.Stationary"/> when ‖∇F(θ_t)‖₂ ≤ this (absolute, ≥ 0); null (default) for never.</summary>
    public double? GradientTolerance { get; init; }

    /// <summary>c &gt; 0: <see cref="ExitCondition.Diverged"/> when F(θ_t) &gt; c·max(1, F(θ₀)); null (default) for never.</summary>
    public double? ValueDivergenceFactor { get; init; }

    /// <summary>c &gt; 0: <see cref="ExitCondition.Diverged"/> when ‖θ_t‖₂ exceeds c·max(1, ‖θ₀‖₂) (or is NaN); null (default) for never.</summary>
    public double? NormDivergenceFactor { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (!(StepSize > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(StepSize), StepSize, $"StepSize is {StepSize}: it must be > 0");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(MaxIterations);
        if (GradientTolerance is { } tol && !(tol >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(GradientTolerance), tol, $"GradientTolerance is {tol}: it must be ≥ 0");
        }
        if (ValueDivergenceFactor is { } cv && !(cv > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(ValueDivergenceFactor), cv, $"ValueDivergenceFactor is {cv}: it must be > 0");
        }
        if (NormDivergenceFactor is { } cn && !(cn > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(NormDivergenceFactor), cn, $"NormDivergenceFactor is {cn}: it must be > 0");
        }
    }
}
