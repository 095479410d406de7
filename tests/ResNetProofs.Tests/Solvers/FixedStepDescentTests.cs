using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Solvers.TestFunctions;

namespace ResNetProofs.Tests.Solvers;

/// <summary>
/// Fixed-step gradient descent on F(x) = ½(x₁² + ½x₂²) from x₀ = (1, 1). With η = ½ the iterates are exactly
/// x_t = (½^t, (¾)^t), so F(x_t) = ½(¼^t + ½·(9/16)^t) and ‖∇F(x_t)‖ = √(¼^t + ¼·(9/16)^t): each stop reason is
/// reached at an iterate count worked out by hand below.
/// </summary>
public sealed class FixedStepDescentTests
{
    private static readonly DiagonalQuadraticFunction Quadratic = new(1, 0.5);

    private static FixedStepDescentOptions Half(int maxIterations = 1000) => new() { StepSize = 0.5, MaxIterations = maxIterations };

    [Fact]
    public void Reaches_a_target_value_of_1e_minus_6_after_exactly_22_steps_at_the_closed_form_iterate()
    {
        // ¼·(9/16)^21 = 1.41e−6 > 1e−6 ≥ ¼·(9/16)^22 = 7.9e−7 (the ¼^t term is below 1e−12 there).
        var result = FixedStepDescent.Minimize(Quadratic, [1, 1], Half() with { TargetValue = 1e-6 });

        Assert.Equal(ExitCondition.TargetReached, result.ReasonForExit);
        Assert.Equal(22, result.Iterations);
        Assert.Equal(Math.Pow(0.5, 22), result.Point[0]);
        Assert.Equal(Math.Pow(0.75, 22), result.Point[1]);
        Assert.Equal(23, result.Values.Count);
        Assert.Equal(0.75, result.Values[0]);
    }

    [Fact]
    public void Stops_as_stationary_once_the_gradient_norm_falls_to_1e_minus_3_at_step_22()
    {
        // ½·(¾)^21 = 1.19e−3 > 1e−3 ≥ ½·(¾)^22 = 8.9e−4 (the ½^t component is below 3e−7 there).
        var result = FixedStepDescent.Minimize(Quadratic, [1, 1], Half() with { GradientTolerance = 1e-3 });

        Assert.Equal(ExitCondition.Stationary, result.ReasonForExit);
        Assert.Equal(22, result.Iterations);
        Assert.Equal(Math.Sqrt(Math.Pow(0.25, 22) + (0.25 * Math.Pow(0.5625, 22))), result.GradientNorm, 1e-15);
    }

    [Fact]
    public void Stops_at_the_iteration_limit_with_the_fifth_iterate()
    {
        var result = FixedStepDescent.Minimize(Quadratic, [1, 1], Half(5));

        Assert.Equal(ExitCondition.IterationLimit, result.ReasonForExit);
        Assert.Equal(5, result.Iterations);
        Assert.Equal([1.0 / 32, 243.0 / 1024], result.Point);
    }

    [Fact]
    public void Diverges_when_the_value_exceeds_100_times_its_start_with_a_step_of_3()
    {
        // η = 3: x_t = ((−2)^t, (−½)^t), F = ½(4^t + ½·¼^t): 32.0 at t = 3, 128.0 at t = 4 > 100·max(1, 0.75).
        var result = FixedStepDescent.Minimize(Quadratic, [1, 1], Half() with { StepSize = 3, ValueDivergenceFactor = 100 });

        Assert.Equal(ExitCondition.Diverged, result.ReasonForExit);
        Assert.Equal(4, result.Iterations);
    }

    [Fact]
    public void Diverges_when_the_iterate_norm_exceeds_10_times_its_start_with_a_step_of_3()
    {
        // ‖x_t‖ ≈ 2^t: 8.0 at t = 3, 16.0 at t = 4 > 10·‖x₀‖ = 14.1.
        var result = FixedStepDescent.Minimize(Quadratic, [1, 1], Half() with { StepSize = 3, NormDivergenceFactor = 10 });

        Assert.Equal(ExitCondition.Diverged, result.ReasonForExit);
        Assert.Equal(4, result.Iterations);
    }

    [Fact]
    public void Stops_as_non_finite_at_the_first_iterate_where_the_value_is_NaN()
    {
        // x_t = ½^t on F = ½x², NaN below 0.3: x₂ = 0.25 is the first such iterate.
        var result = FixedStepDescent.Minimize(new NaNBelow(0.3), [1], Half());

        Assert.Equal(ExitCondition.NonFinite, result.ReasonForExit);
        Assert.Equal(2, result.Iterations);
        Assert.True(double.IsNaN(result.Value));
    }

    [Fact]
    public void Stops_when_the_observer_declines_step_3_after_seeing_every_iterate_once()
    {
        var observer = new DeclineAt(3);

        var result = FixedStepDescent.Minimize(Quadratic, [1, 1], Half(), observer);

        Assert.Equal(ExitCondition.StoppedByObserver, result.ReasonForExit);
        Assert.Equal(3, result.Iterations);
        Assert.Equal([0, 1, 2, 3], observer.Before);
        Assert.Equal([1, 2, 3], observer.After);
    }

    [Fact]
    public void Rejects_a_step_size_of_zero_naming_it()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FixedStepDescent.Minimize(Quadratic, [1, 1], Half() with { StepSize = 0 }));

        Assert.Equal("StepSize", e.ParamName);
    }

    [Fact]
    public void Rejects_a_start_of_the_wrong_length()
    {
        var e = Assert.Throws<ArgumentException>(() => FixedStepDescent.Minimize(Quadratic, [1, 1, 1], Half()));

        Assert.Equal("start", e.ParamName);
    }

    /// <summary>F(x) = ½x², except NaN (gradient 0) when |x| &lt; the threshold.</summary>
    private sealed class NaNBelow(double threshold) : IDifferentiableObjective
    {
        public int Dimension => 1;

        public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            gradient[0] = theta[0];
            return Math.Abs(theta[0]) < threshold ? double.NaN : 0.5 * theta[0] * theta[0];
        }
    }

    /// <summary>Records the iterations it is shown and declines the step at <paramref name="stopAt"/>.</summary>
    private sealed class DeclineAt(int stopAt) : IDescentObserver
    {
        public List<int> Before { get; } = [];

        public List<int> After { get; } = [];

        public bool BeforeStep(int iteration, ReadOnlySpan<double> theta, double value, ReadOnlySpan<double> gradient)
        {
            Before.Add(iteration);
            return iteration < stopAt;
        }

        public void AfterStep(int iteration, ReadOnlySpan<double> theta, double value, ReadOnlySpan<double> gradient) => After.Add(iteration);
    }
}
