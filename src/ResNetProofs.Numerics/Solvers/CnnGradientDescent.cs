using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Fixed-step gradient descent θ ← θ − η∇L(θ) on the closed-form population loss, either on θ = (w, a) or, with weight normalisation,
/// on (v, a) with w = v/‖v‖ (the step is then tangent to v, so ‖v‖ never shrinks). Records (L, ∠(w, w*), ‖a − a*‖) and classifies the
/// end as <see cref="CnnRunOutcome"/>; never throws for non-convergence.
/// </summary>
public static class CnnGradientDescent
{
    /// <summary>The run diverges when ‖θ_t‖₂ exceeds this·max(1, ‖θ₀‖₂) (far beyond any converging run).</summary>
    public const double DivergenceFactor = 1e6;

    /// <summary>Runs from <paramref name="start"/> (length p + k, finite; v ≠ 0 under weight normalisation).</summary>
    /// <exception cref="ArgumentException">The start has the wrong length, a non-finite entry, or v = 0 with weight normalisation.</exception>
    public static CnnGradientDescentResult Run(CnnPopulationLoss loss, IReadOnlyList<double> start, CnnGradientDescentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(start);
        options ??= CnnGradientDescentOptions.Default;
        options.Validate();
        var arch = loss.Teacher.Architecture;
        int p = arch.PatchDimension, n = loss.Dimension;
        if (start.Count != n)
        {
            throw new ArgumentException($"the start has {start.Count} entries but p + k = {n}", nameof(start));
        }
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(start[i]))
            {
                throw new ArgumentException($"start[{i}] is {start[i]}: entries must be finite", nameof(start));
            }
        }
        bool normalized = options.Normalization == CnnNormalization.WeightNormalized;
        var objective = normalized ? (Derivatives.ISmoothObjective)new WeightNormalizedObjective(loss, p) : loss;
        if (normalized && ArcCosineKernel.Norm(start.Take(p).ToArray()) == 0)
        {
            throw new ArgumentException("v₀ = 0: weight normalisation needs a nonzero start filter", nameof(start));
        }

        double eta = options.StepSize ?? DefaultStepSize(loss, options.StepFraction);
        double threshold = options.RelativeLossTolerance * loss.ZeroPredictorLoss;
        var trajectory = new List<CnnTrajectoryPoint>();
        var run = FixedStepDescent.Minimize(
            new FiniteInputsOnly(objective),
            start.ToArray(),
            new FixedStepDescentOptions
            {
                StepSize = eta,
                MaxIterations = options.MaxIterations,
                TargetValue = threshold,
                GradientTolerance = options.RelativeGradientTolerance * loss.Scale,
                NormDivergenceFactor = DivergenceFactor,
            },
            new TrajectoryRecorder(loss, p, options.RecordEvery, trajectory));
        var theta = run.Point;
        double value = run.Value, gnorm = run.GradientNorm;
        int t = run.Iterations;
        var stop = run.ReasonForExit; // the trajectory recorder never declines a step
        int? reached = stop == ExitCondition.TargetReached ? t : null;
        var last = Point(loss, theta, p, t, value);
        trajectory.Add(last);
        var filter = Filter(theta, p, normalized);
        var readout = theta[p..];
        return new CnnGradientDescentResult
        {
            Theta = theta,
            Filter = filter,
            Readout = readout,
            Loss = value,
            GradientNorm = gnorm,
            Angle = last.Angle,
            Iterations = t,
            IterationsToTolerance = reached,
            StopReason = stop,
            Outcome = Classify(loss.Teacher, filter, readout, value, threshold, options),
            LossThreshold = threshold,
            Trajectory = trajectory,
            StepSize = eta,
            Options = options,
        };
    }

    /// <summary>
    /// The outcome at (w, a) with loss L: GlobalOptimum when L ≤ threshold; for the plain CNN, SpuriousPoint when ∠(w, w*) ≥ π − δ_φ
    /// and ‖‖w‖·a − a_sp‖ ≤ δ_a·‖a*‖ (unit teacher; L depends on (‖w‖a, ŵ) only); otherwise Neither.
    /// </summary>
    public static CnnRunOutcome Classify(CnnTeacher teacher, IReadOnlyList<double> filter, IReadOnlyList<double> readout, double loss, double threshold, CnnGradientDescentOptions options)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(readout);
        ArgumentNullException.ThrowIfNull(options);
        if (loss <= threshold)
        {
            return CnnRunOutcome.GlobalOptimum;
        }
        if (teacher.Architecture.Shortcut != ShortcutForm.None || !double.IsFinite(loss))
        {
            return CnnRunOutcome.Neither;
        }
        var w = filter.ToArray();
        double angle = ArcCosineKernel.Angle(w, teacher.Filter.ToArray());
        double scale = ArcCosineKernel.Norm(w);
        var unit = CnnSpuriousPoint.Unit(teacher);
        var asp = CnnSpuriousPoint.Readout(teacher);
        double d2 = 0;
        for (int j = 0; j < asp.Length; j++)
        {
            double d = (scale * readout[j]) - asp[j];
            d2 += d * d;
        }
        bool spurious = angle >= Math.PI - options.SpuriousAngleTolerance && Math.Sqrt(d2) <= options.SpuriousReadoutTolerance * unit.ReadoutNorm;
        return spurious ? CnnRunOutcome.SpuriousPoint : CnnRunOutcome.Neither;
    }

    /// <summary>fraction/λ_max(∇²L(θ*)) at the teacher's θ* = (w*, a*) (λ_max from the dense symmetric spectrum).</summary>
    public static double DefaultStepSize(CnnPopulationLoss loss, double fraction)
    {
        ArgumentNullException.ThrowIfNull(loss);
        var spectrum = Spectra.SymmetricSpectrum.Compute(loss.Hessian(loss.Teacher.Parameters.ToArray()));
        return fraction / spectrum.MaxEigenvalue;
    }

    private static double[] Filter(double[] theta, int p, bool normalized)
    {
        var w = theta[..p];
        if (normalized)
        {
            double norm = ArcCosineKernel.Norm(w);
            for (int i = 0; i < p; i++)
            {
                w[i] /= norm;
            }
        }
        return w;
    }

    /// <summary>
    /// The objective, except that at a θ with a NaN or ±∞ entry it returns NaN without evaluating and leaves the gradient
    /// buffer as it was (so the run stops with the last finite gradient norm).
    /// </summary>
    private sealed class FiniteInputsOnly(Derivatives.IDifferentiableObjective inner) : Derivatives.IDifferentiableObjective
    {
        public int Dimension => inner.Dimension;

        public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            foreach (double x in theta)
            {
                if (!double.IsFinite(x))
                {
                    return double.NaN;
                }
            }
            return inner.ValueAndGradient(theta, gradient);
        }
    }

    /// <summary>Records (t, L, ∠(w, w*), ‖a − a*‖) before every step t with t divisible by the recording period.</summary>
    private sealed class TrajectoryRecorder(CnnPopulationLoss loss, int p, int every, List<CnnTrajectoryPoint> trajectory) : IDescentObserver
    {
        public bool BeforeStep(int iteration, ReadOnlySpan<double> theta, double value, ReadOnlySpan<double> gradient)
        {
            if (iteration % every == 0)
            {
                trajectory.Add(Point(loss, theta.ToArray(), p, iteration, value));
            }
            return true;
        }

        public void AfterStep(int iteration, ReadOnlySpan<double> theta, double value, ReadOnlySpan<double> gradient)
        {
        }
    }

    private static CnnTrajectoryPoint Point(CnnPopulationLoss loss, double[] theta, int p, int t, double value)
    {
        var w = theta[..p];
        double angle = ArcCosineKernel.Angle(w, loss.Teacher.Filter.ToArray());
        double d2 = 0;
        for (int j = 0; j < theta.Length - p; j++)
        {
            double d = theta[p + j] - loss.Teacher.Readout[j];
            d2 += d * d;
        }
        return new CnnTrajectoryPoint(t, value, angle, Math.Sqrt(d2));
    }
}
