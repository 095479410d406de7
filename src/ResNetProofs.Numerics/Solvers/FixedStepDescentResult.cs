namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// The end of a <see cref="FixedStepDescent"/> run: the last iterate θ_T with F and ‖∇F‖ there, the values along the way,
/// and why it stopped. An unconverged run is a result like any other, told apart by <see cref="ReasonForExit"/>.
/// </summary>
public sealed record FixedStepDescentResult
{
    /// <summary>θ_T, the last iterate (the point every stop test was applied to).</summary>
    public required double[] Point { get; init; }

    /// <summary>F(θ_T).</summary>
    public required double Value { get; init; }

    /// <summary>∇F(θ_T).</summary>
    public required double[] Gradient { get; init; }

    /// <summary>‖∇F(θ_T)‖₂.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>T, the number of steps taken.</summary>
    public required int Iterations { get; init; }

    /// <summary>F(θ_0), F(θ_1), …, F(θ_T) (length T + 1).</summary>
    public required IReadOnlyList<double> Values { get; init; }

    /// <summary>Why the run stopped.</summary>
    public required ExitCondition ReasonForExit { get; init; }
}
