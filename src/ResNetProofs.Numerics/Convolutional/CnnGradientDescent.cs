namespace ResNetProofs.Numerics.Convolutional;

/// <summary>
/// Fixed-step gradient descent θ ← θ − η∇L(θ) on the closed-form population loss, either on θ = (w, a) or, with weight normalisation,
/// on (v, a) with w = v/‖v‖ (the step is then tangent to v, so ‖v‖ never shrinks). Records (L, ∠(w, w*), ‖a − a*‖) and classifies the
/// end as <see cref="CnnRunOutcome"/>; never throws for non-convergence.
/// </summary>
public static class CnnGradientDescent
{
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
        var theta = start.ToArray();
        var g = new double[n];
        double threshold = options.RelativeLossTolerance * loss.ZeroPredictorLoss;
        double gradTol = options.RelativeGradientTolerance * loss.Scale;
        double bound = 1e6 * Math.Max(1, ArcCosineKernel.Norm(theta));
        var trajectory = new List<CnnTrajectoryPoint>();
        int? reached = null;
        var stop = CnnRunStopReason.IterationLimit;
        int t = 0;
        double value = objective.ValueAndGradient(theta, g);
        double gnorm = ArcCosineKernel.Norm(g);
        while (true)
        {
            bool finite = double.IsFinite(value) && double.IsFinite(gnorm) && ArcCosineKernel.Norm(theta) <= bound;
            if (finite && value <= threshold)
            {
                reached ??= t;
                stop = CnnRunStopReason.ReachedLossTolerance;
            }
            else if (!finite)
            {
                stop = CnnRunStopReason.Diverged;
            }
            else if (gnorm <= gradTol)
            {
                stop = CnnRunStopReason.Stationary;
            }
            else if (t >= options.MaxIterations)
            {
                stop = CnnRunStopReason.IterationLimit;
            }
            else
            {
                if (t % options.RecordEvery == 0)
                {
                    trajectory.Add(Point(loss, theta, p, t, value));
                }
                for (int i = 0; i < n; i++)
                {
                    theta[i] -= eta * g[i];
                }
                t++;
                if (theta.All(double.IsFinite))
                {
                    value = objective.ValueAndGradient(theta, g);
                    gnorm = ArcCosineKernel.Norm(g);
                }
                else
                {
                    value = double.NaN;
                }
                continue;
            }
            break;
        }
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
