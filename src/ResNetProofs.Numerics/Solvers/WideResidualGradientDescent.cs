using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Numerics.Spectra;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Full-batch gradient descent θ_{t+1} = θ_t − η J_tᵀ r_t on L(θ) = ½‖r‖², r = f(X; θ) − y, for a <see cref="WideResidualNetwork"/>,
/// with η = StepFraction/λ̂_max(J₀J₀ᵀ) (J Jᵀ by <see cref="WideResidualNetwork.Gram"/>). Stops at the target loss, the step
/// budget, divergence or a non-finite number; never throws for non-convergence.
/// </summary>
public static class WideResidualGradientDescent
{
    /// <summary>Divergence threshold: L_t &gt; 1e6·max(1, L_0) (far above anything a converging run visits).</summary>
    public const double DivergenceFactor = 1e6;

    /// <summary>Runs GD on <paramref name="problem"/> from its θ₀.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static GradientDescentRun Run(WideResidualProblem problem, GradientDescentOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var net = problem.Network;
        var data = problem.Data;
        var theta = (double[])problem.InitialParameters.Clone();

        var g0 = net.Gram(theta, data);
        var spectrum0 = SpectrumOrNull(g0);
        double gramRounding0 = GramRounding(net, g0);
        if (spectrum0 is null || !(spectrum0.MaxEigenvalue > 0))
        {
            return new GradientDescentRun
            {
                StepSize = double.NaN,
                InitialMaxEigenvalue = spectrum0?.MaxEigenvalue ?? double.NaN,
                InitialMinEigenvalue = spectrum0?.MinEigenvalue ?? double.NaN,
                InitialMinEigenvalueError = double.NaN,
                Losses = [Loss(net.Outputs(theta, data), data)],
                Steps = [],
                StopReason = ExitCondition.NonFinite,
                FinalParameters = theta,
                Options = options,
            };
        }
        double eta = options.StepFraction / spectrum0.MaxEigenvalue;

        var objective = new HalfSquaredResidual(net, data);
        var tracker = options.TrackSpectrum ? new SpectrumTracker(net, data, objective, eta, g0, spectrum0, gramRounding0) : null;
        var run = FixedStepDescent.Minimize(
            objective,
            theta,
            new FixedStepDescentOptions
            {
                StepSize = eta,
                MaxIterations = options.MaxSteps,
                TargetValue = options.TargetLoss,
                ValueDivergenceFactor = DivergenceFactor,
            },
            tracker);
        theta = run.Point;
        var losses = run.Values;
        IReadOnlyList<GradientDescentStep> steps = tracker is null ? [] : tracker.Steps;
        // The spectrum tracker declines a step only when a Gram entry is NaN or ±∞: that is a non-finite stop.
        var reason = run.ReasonForExit == ExitCondition.StoppedByObserver ? ExitCondition.NonFinite : run.ReasonForExit;

        return new GradientDescentRun
        {
            StepSize = eta,
            InitialMaxEigenvalue = spectrum0.MaxEigenvalue,
            InitialMinEigenvalue = spectrum0.MinEigenvalue,
            InitialMinEigenvalueError = spectrum0.ErrorBounds[0] + gramRounding0,
            Losses = losses,
            Steps = steps,
            StopReason = reason,
            FinalParameters = theta,
            Options = options,
        };
    }

    /// <summary>‖Ĝ − G‖₂ ≤ 16·n·(d + Hm)·u·max_i G_ii: each entry is a (d + Hm)-term sum of products bounded by √(G_ii G_jj) (absolute).</summary>
    public static double GramRounding(WideResidualNetwork network, Matrix<double> gram)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gram);
        double diagonal = 0;
        for (int i = 0; i < gram.RowCount; i++)
        {
            diagonal = Math.Max(diagonal, Math.Abs(gram[i, i]));
        }
        return 16.0 * gram.RowCount * (network.Dimension + (network.Depth * network.Width) + 1) * Tolerances.UnitRoundoff * diagonal;
    }

    /// <summary>L(θ) = ½‖f(X; θ) − y‖² with ∇L = Jᵀr; keeps r at the last point evaluated for <see cref="SpectrumTracker"/>.</summary>
    private sealed class HalfSquaredResidual(WideResidualNetwork net, Data.Dataset data) : IDifferentiableObjective
    {
        private readonly double[] f = new double[data.Count];

        public int Dimension => net.ParameterCount;

        /// <summary>r = f(X; θ) − y at the last point evaluated.</summary>
        public double[] Residual { get; } = new double[data.Count];

        public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            net.TransposeJacobianTimes(theta, data, (i, fi) => fi - data.Target(i), f).CopyTo(gradient);
            WideResidualGradientDescent.Residual(f, data, Residual);
            return Half(Residual);
        }
    }

    /// <summary>
    /// Before each step t: the spectrum of G_t = J_tJ_tᵀ (stopping the run when G_t has a NaN or ±∞ entry), G_t r_t and the
    /// output rounding at θ_t; after it, the linearised residual (I − ηG_t)r_t and the remainder r_{t+1} − (I − ηG_t)r_t.
    /// </summary>
    private sealed class SpectrumTracker(WideResidualNetwork net, Data.Dataset data, HalfSquaredResidual objective, double eta,
        Matrix<double> g0, SymmetricSpectrumResult spectrum0, double gramRounding0) : IDescentObserver
    {
        private SymmetricSpectrumResult? spectrum;
        private double[] gramResidual = [];
        private double[] previousResidual = [];
        private double previousLoss;
        private double gramRounding;
        private double roundingBefore;

        public List<GradientDescentStep> Steps { get; } = [];

        public bool BeforeStep(int iteration, ReadOnlySpan<double> theta, double value, ReadOnlySpan<double> gradient)
        {
            var point = theta.ToArray();
            var g = iteration == 0 ? g0 : net.Gram(point, data);
            var s = iteration == 0 ? spectrum0 : SpectrumOrNull(g);
            if (s is null)
            {
                return false;
            }
            spectrum = s;
            gramRounding = iteration == 0 ? gramRounding0 : GramRounding(net, g);
            gramResidual = (g * Vector<double>.Build.DenseOfArray(objective.Residual)).ToArray();
            roundingBefore = net.OutputRoundingBound(point, data);
            previousResidual = (double[])objective.Residual.Clone();
            previousLoss = value;
            return true;
        }

        public void AfterStep(int iteration, ReadOnlySpan<double> theta, double value, ReadOnlySpan<double> gradient)
        {
            var spectrum = this.spectrum ?? throw new InvalidOperationException("AfterStep without BeforeStep");
            var residual = objective.Residual;
            int n = residual.Length;
            double linear2 = 0, remainder2 = 0;
            for (int i = 0; i < n; i++)
            {
                double lin = previousResidual[i] - (eta * gramResidual[i]);
                linear2 += lin * lin;
                double e = residual[i] - lin;
                remainder2 += e * e;
            }
            double rNorm = Math.Sqrt(2 * previousLoss);
            Steps.Add(new GradientDescentStep
            {
                Index = iteration - 1,
                Loss = previousLoss,
                NextLoss = value,
                MinEigenvalue = spectrum.MinEigenvalue,
                MaxEigenvalue = spectrum.MaxEigenvalue,
                MinEigenvalueError = spectrum.ErrorBounds[0] + gramRounding,
                MaxEigenvalueError = spectrum.ErrorBounds[^1] + gramRounding,
                GramRounding = gramRounding,
                ResidualNorm = rNorm,
                LinearizedNorm = Math.Sqrt(linear2),
                RemainderNorm = Math.Sqrt(remainder2),
                OutputRounding = Math.Max(roundingBefore, net.OutputRoundingBound(theta, data)),
                GramProductRounding = 16.0 * n * Tolerances.UnitRoundoff * eta * spectrum.Norm * rNorm,
            });
        }
    }

    private static SymmetricSpectrumResult? SpectrumOrNull(Matrix<double> g)
    {
        foreach (double v in g.Enumerate())
        {
            if (!double.IsFinite(v))
            {
                return null;
            }
        }
        return SymmetricSpectrum.Compute(g);
    }

    internal static void Residual(double[] f, Data.Dataset data, double[] residual)
    {
        for (int i = 0; i < f.Length; i++)
        {
            residual[i] = f[i] - data.Target(i);
        }
    }

    private static double Half(double[] r)
    {
        double s = 0;
        foreach (double v in r)
        {
            s += v * v;
        }
        return 0.5 * s;
    }

    private static double Loss(double[] f, Data.Dataset data)
    {
        var r = new double[f.Length];
        Residual(f, data, r);
        return Half(r);
    }
}
