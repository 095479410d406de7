using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Numerics.Spectra;

namespace ResNetProofs.Studies.Benchmarks;

/// <summary>
/// CPU cost (of the calling thread) of the exact derivatives and the linear algebra after them on seeded deep ResNets
/// (tanh, one hidden layer per block, squared loss), over a grid of (d, L, width, n), with the provider of
/// <see cref="DenseLinearAlgebra"/> the process runs. Each operation is repeated until 0.2 s have passed (at least
/// once); the best time is kept.
/// </summary>
public static class DerivativeBenchmark
{
    /// <summary>One Levenberg–Marquardt iteration of <see cref="NewtonRefinement"/> (and no convergence test that needs a second Hessian).</summary>
    private static readonly NewtonRefinementOptions OneIteration = new() { MaxIterations = 1, GradientTolerance = 0 };

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
        double minimum = double.NaN;
        double lambda = Time(() => minimum = DenseLinearAlgebra.SymmetricMinEigenvalue(symmetric));
        double? divideAndConquer = DenseLinearAlgebra.Provider == LinearAlgebraProvider.Native
            ? Time(() => DenseLinearAlgebra.SymmetricEigenvaluesDivideAndConquer(symmetric)) : null;
        bool converged = false;
        double lanczos = Time(() => converged = LanczosEigensolver.SolveHessian(risk, theta, seed).Converged);
        double step = Time(() => NewtonRefinement.Refine(risk, theta, OneIteration));
        double shift = minimum - (1e-3 * Math.Max(1, symmetric.L2Norm()));
        bool proved = false;
        double certificate = Time(() => proved = CertifiedEigenvalues.ProvePositiveDefinite(symmetric, shift));
        return new DerivativeBenchmarkRow(d, blocks, width, samples, risk.Dimension, grad, hess, lambda, divideAndConquer, lanczos, converged, step, certificate, proved);
    }

    /// <summary>Best CPU time (ms, calling thread) of repeated runs of the action, repeated until 0.2 s of wall time have passed.</summary>
    private static double Time(Action action)
    {
        double best = double.PositiveInfinity;
        var total = Stopwatch.StartNew();
        do
        {
            double start = ThreadCpuClock.Milliseconds();
            action();
            best = Math.Min(best, ThreadCpuClock.Milliseconds() - start);
        }
        while (total.Elapsed.TotalSeconds < 0.2);
        return best;
    }
}
