using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;


namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Gradient descent with the protocol of <see cref="SafranShamirDescentOptions"/> on a <see cref="TwoLayerReluObjective"/>,
/// and the paper's "Xavier" start w_i ~ N(0, I/d) (the skip starts at u = 0, so both student forms share the neurons' start).
/// Deterministic: the same objective, start and options give the same bits.
/// </summary>
public static class SafranShamirDescent
{
    /// <summary>The start: every entry of every w_i drawn N(0, 1/d) from <paramref name="rng"/> (Box–Muller), u = 0.</summary>
    public static double[] XavierStart(TwoLayerReluObjective objective, Random rng)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(rng);
        int d = objective.InputDimension;
        var theta = new double[objective.Dimension];
        double sd = 1 / Math.Sqrt(d);
        for (int e = 0; e < objective.Students * d; e++)
        {
            theta[e] = sd * StandardNormal.Draw(rng);
        }
        return theta;
    }

    /// <summary>Runs the protocol from <paramref name="start"/> (not modified); never throws for non-convergence.</summary>
    public static SafranShamirDescentResult Run(TwoLayerReluObjective objective, ReadOnlySpan<double> start, SafranShamirDescentOptions options)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (start.Length != objective.Dimension)
        {
            throw new ArgumentException($"start has length {start.Length}, expected {objective.Dimension}", nameof(start));
        }
        int p = objective.Dimension;
        var theta = new double[p];
        var gradient = new double[p];
        double step = options.Step, scale = options.ObjectiveScale;
        long steps = 0;
        for (int restart = 0; ; restart++)
        {
            start.CopyTo(theta);
            bool diverged = false;
            while (true)
            {
                objective.Gradient(theta, gradient);
                double total = 0, worst = 0;
                for (int b = 0; b < objective.Blocks; b++)
                {
                    double s = 0;
                    for (int t = b * objective.InputDimension; t < (b + 1) * objective.InputDimension; t++)
                    {
                        double g = scale * gradient[t];
                        s += g * g;
                    }
                    total += s;
                    worst = Math.Max(worst, Math.Sqrt(s));
                }
                if (!(Math.Sqrt(total) <= options.DivergenceThreshold))
                {
                    diverged = true;
                    break;
                }
                if (worst <= options.GradientTolerance)
                {
                    return new(theta, objective.Value(theta), worst, steps, restart, step, ExitCondition.Stationary);
                }
                if (steps >= options.MaxSteps)
                {
                    return new(theta, objective.Value(theta), worst, steps, restart, step, ExitCondition.IterationLimit);
                }
                for (int t = 0; t < p; t++)
                {
                    theta[t] -= step * scale * gradient[t];
                }
                steps++;
            }
            if (diverged && restart >= options.MaxRestarts)
            {
                objective.Gradient(theta, gradient);
                double worst = objective.BlockGradientNorms(gradient).Max() * scale;
                return new(theta, objective.Value(theta), worst, steps, restart, step, ExitCondition.Diverged);
            }
            step /= 2;
        }
    }
}
