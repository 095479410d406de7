using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Numerics.Sampling;

/// <summary>
/// A seeded training problem for the wide ResNet: data x_i ~ N(0, I_d)/‖·‖ on the unit sphere with targets y_i ~ N(0, 1),
/// and Du et al.'s Gaussian initialisation: every W^(h) entry and every a_r ~ N(0, 1).
/// </summary>
/// <param name="Network">The network (with its fixed a, or a's initial value when a is trained).</param>
/// <param name="Data">The n samples, ‖x_i‖ = 1 to rounding.</param>
/// <param name="InitialParameters">θ₀ (length P).</param>
/// <param name="Seed">The seed everything was drawn from.</param>
public sealed record WideResidualProblem(WideResidualNetwork Network, Dataset Data, double[] InitialParameters, int Seed)
{
    /// <summary>Default c_res = 0.5 (any value in (0, 1) is allowed; Du et al. leave it a constant).</summary>
    public const double DefaultResidualScale = 0.5;

    /// <summary>
    /// Draws a problem from <paramref name="seed"/> with System.Random(seed) and Box–Muller normals, in this order: the n·d input
    /// entries (then each row normalised), the n targets, a (m entries), then θ₀ in storage order (W^(1), …, W^(H), a's copy when trained).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 1, or c_res ∉ (0, 1).</exception>
    public static WideResidualProblem Generate(int samples, int dimension, int width, int depth, int seed,
        double residualScale = DefaultResidualScale, ActivationKind activation = ActivationKind.Softplus, bool trainOutput = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        var rng = new Random(seed);
        var x = new double[samples][];
        for (int i = 0; i < samples; i++)
        {
            x[i] = Enumerable.Range(0, dimension).Select(_ => StandardNormal.Draw(rng)).ToArray();
            double norm = Math.Sqrt(x[i].Sum(v => v * v));
            for (int k = 0; k < dimension; k++)
            {
                x[i][k] /= norm;
            }
        }
        var y = Enumerable.Range(0, samples).Select(_ => StandardNormal.Draw(rng)).ToArray();
        var a = Enumerable.Range(0, width).Select(_ => StandardNormal.Draw(rng)).ToArray();
        var network = new WideResidualNetwork(dimension, width, depth, residualScale, activation, a, trainOutput);
        var theta = new double[network.ParameterCount];
        int weights = trainOutput ? network.OutputOffset : network.ParameterCount;
        for (int p = 0; p < weights; p++)
        {
            theta[p] = StandardNormal.Draw(rng);
        }
        if (trainOutput)
        {
            a.CopyTo(theta, network.OutputOffset);
        }
        return new WideResidualProblem(network, Dataset.Create(x, y), theta, seed);
    }
}
