using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Gradient descent with a fixed step, θ_{t+1} = θ_t − η∇F(θ_t) (each entry θ_i − η·g_i, in index order), on any
/// <see cref="IDifferentiableObjective"/>. At every iterate the stop tests of <see cref="ExitCondition"/> are applied in
/// its order; never throws for non-convergence.
/// </summary>
public static class FixedStepDescent
{
    /// <summary>Runs from <paramref name="start"/> (length P; not modified).</summary>
    /// <exception cref="ArgumentException">The start's length is not P.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static FixedStepDescentResult Minimize(IDifferentiableObjective objective, ReadOnlySpan<double> start, FixedStepDescentOptions options, IDescentObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int n = objective.Dimension;
        if (start.Length != n)
        {
            throw new ArgumentException($"the start has {start.Length} entries but the objective has P = {n}", nameof(start));
        }
        double eta = options.StepSize;
        var theta = start.ToArray();
        var g = new double[n];
        double value = objective.ValueAndGradient(theta, g);
        double gnorm = Vectors.Norm(g);
        var values = new List<double> { value };
        double valueLimit = options.ValueDivergenceFactor is { } cv ? cv * Math.Max(1, value) : double.PositiveInfinity;
        double normLimit = options.NormDivergenceFactor is { } cn ? cn * Math.Max(1, Vectors.Norm(theta)) : double.PositiveInfinity;
        int t = 0;
        ExitCondition reason;
        while (true)
        {
            if (!double.IsFinite(value) || !double.IsFinite(gnorm))
            {
                reason = ExitCondition.NonFinite;
                break;
            }
            if (value > valueLimit || (options.NormDivergenceFactor is not null && !(Vectors.Norm(theta) <= normLimit)))
            {
                reason = ExitCondition.Diverged;
                break;
            }
            if (options.TargetValue is { } target && value <= target)
            {
                reason = ExitCondition.TargetReached;
                break;
            }
            if (options.GradientTolerance is { } tol && gnorm <= tol)
            {
                reason = ExitCondition.Stationary;
                break;
            }
            if (t >= options.MaxIterations)
            {
                reason = ExitCondition.IterationLimit;
                break;
            }
            if (observer is not null && !observer.BeforeStep(t, theta, value, g))
            {
                reason = ExitCondition.StoppedByObserver;
                break;
            }
            for (int i = 0; i < n; i++)
            {
                theta[i] -= eta * g[i];
            }
            t++;
            value = objective.ValueAndGradient(theta, g);
            gnorm = Vectors.Norm(g);
            values.Add(value);
            observer?.AfterStep(t, theta, value, g);
        }
        return new FixedStepDescentResult
        {
            Point = theta,
            Value = value,
            Gradient = g,
            GradientNorm = gnorm,
            Iterations = t,
            Values = values,
            ReasonForExit = reason,
        };
    }
}
