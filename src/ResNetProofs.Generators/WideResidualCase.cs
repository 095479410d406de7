using ResNetProofs.Numerics.Sampling;


namespace ResNetProofs.Generators;

/// <summary>
/// The parameters of a seeded wide-ResNet problem (<see cref="WideResidualProblem.Generate"/>): n unit inputs in R^d with N(0, 1)
/// targets, width m, depth H, softplus, c_res = 0.5, a fixed; P = d·m + (H − 1)·m².
/// </summary>
/// <param name="Samples">n ≥ 1.</param>
/// <param name="Dimension">d ≥ 1.</param>
/// <param name="Width">m ≥ 1.</param>
/// <param name="Depth">H ≥ 1.</param>
/// <param name="Seed">The problem's seed.</param>
public sealed record WideResidualCase(int Samples, int Dimension, int Width, int Depth, int Seed)
{
    /// <summary>(n, d, m, H).</summary>
    public int[] Size => [Samples, Dimension, Width, Depth];

    /// <summary>Draws the problem from <see cref="Seed"/>.</summary>
    public WideResidualProblem Generate() => WideResidualProblem.Generate(Samples, Dimension, Width, Depth, Seed);
}
