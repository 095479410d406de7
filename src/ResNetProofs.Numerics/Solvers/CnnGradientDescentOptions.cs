using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>Settings of <see cref="CnnGradientDescent"/>; each default says where it comes from. <see cref="Validate"/> checks ranges.</summary>
public sealed record CnnGradientDescentOptions
{
    /// <summary>The defaults below.</summary>
    public static CnnGradientDescentOptions Default { get; } = new();

    /// <summary>
    /// Fixed step η &gt; 0, or null (default) for η = <see cref="StepFraction"/>/λ_max(∇²L(θ*)), the curvature at the teacher's global
    /// minimiser θ* = (w*, a*) of the unnormalised loss (the stable step of the final, linear phase).
    /// </summary>
    public double? StepSize { get; init; }

    /// <summary>The fraction of 1/λ_max(∇²L(θ*)) used when <see cref="StepSize"/> is null, in (0, 2). Default 0.5 (room for the larger curvature met on the way).</summary>
    public double StepFraction { get; init; } = 0.5;

    /// <summary>Maximum number of steps ≥ 1. Default 20000 (a run costs O((p + k)·steps); milliseconds).</summary>
    public int MaxIterations { get; init; } = 20_000;

    /// <summary>Plain descent or weight normalisation. Default none.</summary>
    public CnnNormalization Normalization { get; init; } = CnnNormalization.None;

    /// <summary>ε: stop with <see cref="CnnRunOutcome.GlobalOptimum"/> when L ≤ ε·½E y². Default 1e−6 (far above L's rounding ≈ (p + k)·u).</summary>
    public double RelativeLossTolerance { get; init; } = 1e-6;

    /// <summary>Stop as stationary when ‖∇L‖₂ ≤ this·E y². Default 1e−13: about 1000·u, the rounding floor of the closed-form gradient.</summary>
    public double RelativeGradientTolerance { get; init; } = 1e-13;

    /// <summary>Record the trajectory every this many steps (and at the end), ≥ 1. Default 100.</summary>
    public int RecordEvery { get; init; } = 100;

    /// <summary>δ_φ of the spurious classification: angle ≥ π − δ_φ. Default 0.05 rad (the angle gap near π closes only like 1/t).</summary>
    public double SpuriousAngleTolerance { get; init; } = 0.05;

    /// <summary>δ_a of the spurious classification: ‖‖w‖a − a_sp‖ ≤ δ_a·‖a*‖ (unit teacher). Default 0.05.</summary>
    public double SpuriousReadoutTolerance { get; init; } = 0.05;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        if (StepSize is { } eta && (!(eta > 0) || !double.IsFinite(eta)))
        {
            throw new ArgumentOutOfRangeException(nameof(StepSize), eta, "the step size must be finite and > 0");
        }
        if (!(StepFraction > 0 && StepFraction < 2))
        {
            throw new ArgumentOutOfRangeException(nameof(StepFraction), StepFraction, "the step fraction must lie in (0, 2)");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
        ArgumentOutOfRangeException.ThrowIfLessThan(RecordEvery, 1, nameof(RecordEvery));
        if (!(RelativeLossTolerance >= 0) || !(RelativeGradientTolerance >= 0) || !(SpuriousAngleTolerance >= 0) || !(SpuriousReadoutTolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(RelativeLossTolerance), "tolerances must be ≥ 0");
        }
    }
}
