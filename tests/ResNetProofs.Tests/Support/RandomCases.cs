using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Tests.Support;

/// <summary>Seeded random models, datasets and parameter points for derivative tests.</summary>
public static class RandomCases
{
    public static double Gaussian(Random rng) => StandardNormal.Draw(rng);

    public static double[] GaussianVector(Random rng, int length, double scale = 1.0)
    {
        var v = new double[length];
        for (int k = 0; k < length; k++)
        {
            v[k] = scale * Gaussian(rng);
        }
        return v;
    }

    public static Dataset Data(Random rng, int n, int d, ILoss loss)
    {
        var x = new double[n][];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = GaussianVector(rng, d);
            y[i] = loss is LogisticLoss ? (rng.NextDouble() < 0.5 ? -1 : 1) : Gaussian(rng);
        }
        return Dataset.Create(x, y);
    }

    /// <summary>Every model kind, for a given activation, on inputs of dimension d.</summary>
    public static IEnumerable<(string Name, IModel Model)> Models(int d, ActivationKind activation)
    {
        yield return ("deep-resnet L=1", new DeepResNet(d, [new ResidualBlockSpec(3, 0, 1, activation, true)], true));
        yield return ("deep-resnet L=3 mixed", new DeepResNet(d, [
            new ResidualBlockSpec(2, 0, 1, activation, true),
            new ResidualBlockSpec(3, 2, 2, activation, false),
            new ResidualBlockSpec(2, 2, 0, activation, false)], false));
        yield return ("single-block", new SingleBlockResNet(d, 3, 2, activation, true, true));
        yield return ("one-hidden-layer", new OneHiddenLayerNetwork(d, 4, activation, true, true));
    }

    public static IReadOnlyList<ILoss> Losses { get; } = [SquaredLoss.Mean, SquaredLoss.Half, LogisticLoss.Instance, LogCoshLoss.Instance];

    public static IReadOnlyList<ActivationKind> Activations { get; } = [ActivationKind.Relu, ActivationKind.Softplus, ActivationKind.Tanh, ActivationKind.Identity];

    /// <summary>A parameter point whose ReLU pre-activations stay at least <paramref name="minKink"/> from 0 (redrawn until so).</summary>
    public static double[] PointAwayFromKinks(Random rng, EmpiricalRisk risk, double minKink = 1e-3)
    {
        for (int attempt = 0; ; attempt++)
        {
            var theta = GaussianVector(rng, risk.Dimension, 0.7);
            if (risk.KinkDistance(theta).Distance > minKink || attempt > 200)
            {
                return theta;
            }
        }
    }

    public static double Norm(ReadOnlySpan<double> v) => Math.Sqrt(VectorDot(v, v));

    public static double VectorDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int k = 0; k < a.Length; k++)
        {
            s += a[k] * b[k];
        }
        return s;
    }

    public static double[] Shifted(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, double h)
    {
        var r = theta.ToArray();
        for (int k = 0; k < r.Length; k++)
        {
            r[k] += h * v[k];
        }
        return r;
    }
}
