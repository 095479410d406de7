using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Hunting.Benchmarks;

/// <summary>
/// Wall-clock cost of the exact derivatives on seeded deep ResNets (tanh, one hidden layer per block, squared loss),
/// over a grid of (d, L, width, n). Each operation is repeated until 0.2 s have passed (at least once); the best time is kept.
/// </summary>
public static class DerivativeBenchmark
{
    /// <summary>The grid: d ∈ {4, 8, 16}, L ∈ {1, 2, 4}, width ∈ {4, 16}, n ∈ {32, 128, 512}.</summary>
    public static IEnumerable<(int D, int Blocks, int Width, int Samples)> FullGrid() =>
        from d in new[] { 4, 8, 16 }
        from l in new[] { 1, 2, 4 }
        from w in new[] { 4, 16 }
        from n in new[] { 32, 128, 512 }
        select (d, l, w, n);

    /// <summary>P of the benchmarked ResNet: per block W (w×m) + b (w) + V (d×w), plus U (w×d) from block 2, plus w and c.</summary>
    public static int ParameterCount(int d, int blocks, int width) =>
        blocks * (width * width + width + d * width) + (blocks - 1) * width * d + d + 1 - (width * width - width * d);

    /// <summary>Measures one size with seed-determined data and parameters.</summary>
    public static DerivativeBenchmarkRow Measure(int d, int blocks, int width, int samples, int seed)
    {
        var rng = new Random(seed);
        var x = new double[samples][];
        var y = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            x[i] = Enumerable.Range(0, d).Select(_ => 2 * rng.NextDouble() - 1).ToArray();
            y[i] = 2 * rng.NextDouble() - 1;
        }
        var spec = Enumerable.Range(1, blocks).Select(_ => new ResidualBlockSpec(width, width, 1, ActivationKind.Tanh, true)).ToArray();
        var risk = new EmpiricalRisk(new DeepResNet(d, spec, true), Dataset.Create(x, y), SquaredLoss.Half);
        var theta = Enumerable.Range(0, risk.Dimension).Select(_ => (2 * rng.NextDouble() - 1) / Math.Sqrt(Math.Max(d, width))).ToArray();
        var gradient = new double[risk.Dimension];
        Matrix<double>? hessian = null;

        double grad = Time(() => risk.ValueAndGradient(theta, gradient));
        double hess = Time(() => hessian = risk.Hessian(theta));
        var symmetric = (hessian! + hessian!.Transpose()) * 0.5;
        double lambda = Time(() => symmetric.Evd(Symmetricity.Symmetric).EigenValues.Real().Minimum());
        double newton = Time(() =>
        {
            risk.ValueAndGradient(theta, gradient);
            var h = risk.Hessian(theta);
            h.Solve(-Vector<double>.Build.DenseOfArray(gradient));
        });
        return new DerivativeBenchmarkRow(d, blocks, width, samples, risk.Dimension, grad, hess, lambda, newton);
    }

    private static double Time(Action action)
    {
        double best = double.PositiveInfinity;
        var total = Stopwatch.StartNew();
        do
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        while (total.Elapsed.TotalSeconds < 0.2);
        return best;
    }
}
