using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.Spectra;

namespace ResNetProofs.Numerics.WideResidual;

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
        int n = data.Count;
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
                StopReason = GradientDescentStopReason.NonFinite,
                FinalParameters = theta,
                Options = options,
            };
        }
        double eta = options.StepFraction / spectrum0.MaxEigenvalue;

        var f = new double[n];
        var residual = new double[n];
        double[] gradient = net.TransposeJacobianTimes(theta, data, (i, fi) => fi - data.Target(i), f);
        Residual(f, data, residual);
        double loss = Half(residual);
        var losses = new List<double> { loss };
        var steps = new List<GradientDescentStep>();
        double limit = DivergenceFactor * Math.Max(1, loss);
        var reason = GradientDescentStopReason.StepLimit;

        for (int t = 0; ; t++)
        {
            if (!double.IsFinite(loss) || gradient.Any(v => !double.IsFinite(v)))
            {
                reason = GradientDescentStopReason.NonFinite;
                break;
            }
            if (loss <= options.TargetLoss)
            {
                reason = GradientDescentStopReason.ReachedTarget;
                break;
            }
            if (loss > limit)
            {
                reason = GradientDescentStopReason.Diverged;
                break;
            }
            if (t >= options.MaxSteps)
            {
                reason = GradientDescentStopReason.StepLimit;
                break;
            }

            SymmetricSpectrumResult? spectrum = null;
            double[]? gramResidual = null;
            double gramRounding = 0;
            if (options.TrackSpectrum)
            {
                var g = t == 0 ? g0 : net.Gram(theta, data);
                spectrum = t == 0 ? spectrum0 : SpectrumOrNull(g);
                gramRounding = t == 0 ? gramRounding0 : GramRounding(net, g);
                if (spectrum is null)
                {
                    reason = GradientDescentStopReason.NonFinite;
                    break;
                }
                gramResidual = (g * Vector<double>.Build.DenseOfArray(residual)).ToArray();
            }
            double roundingBefore = options.TrackSpectrum ? net.OutputRoundingBound(theta, data) : 0;

            for (int p = 0; p < theta.Length; p++)
            {
                theta[p] -= eta * gradient[p];
            }
            var previousResidual = (double[])residual.Clone();
            double previousLoss = loss;
            gradient = net.TransposeJacobianTimes(theta, data, (i, fi) => fi - data.Target(i), f);
            Residual(f, data, residual);
            loss = Half(residual);
            losses.Add(loss);

            if (spectrum is not null && gramResidual is not null)
            {
                double linear2 = 0, remainder2 = 0;
                for (int i = 0; i < n; i++)
                {
                    double lin = previousResidual[i] - (eta * gramResidual[i]);
                    linear2 += lin * lin;
                    double e = residual[i] - lin;
                    remainder2 += e * e;
                }
                double rNorm = Math.Sqrt(2 * previousLoss);
                steps.Add(new GradientDescentStep
                {
                    Index = t,
                    Loss = previousLoss,
                    NextLoss = loss,
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

    private static void Residual(double[] f, Data.Dataset data, double[] residual)
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
