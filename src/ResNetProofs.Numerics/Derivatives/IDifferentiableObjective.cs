namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// A differentiable function F: R^P → R seen through its value and exact gradient only; what first-order solvers
/// (<see cref="Solvers.FixedStepDescent"/>) need. <see cref="ISmoothObjective"/> adds the second order.
/// </summary>
public interface IDifferentiableObjective
{
    /// <summary>P, the number of variables.</summary>
    int Dimension { get; }

    /// <summary>Writes ∇F(θ) into <paramref name="gradient"/> (length P) and returns F(θ).</summary>
    double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient);
}
