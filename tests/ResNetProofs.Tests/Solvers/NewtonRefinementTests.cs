using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Solvers.TestFunctions;

namespace ResNetProofs.Tests.Solvers;

public class NewtonRefinementTests
{
    [Fact]
    public void Reaches_gradient_below_1e10_on_Rosenbrock_near_its_minimiser_with_quadratic_convergence()
    {
        var result = NewtonRefinement.Refine(new RosenbrockFunction(), [1.2, 1.2], new NewtonRefinementOptions { Scale = 1 });

        Assert.Equal(RefinementStopReason.Converged, result.StopReason);
        Assert.True(result.GradientNorm <= 1e-10, $"‖∇F‖ = {result.GradientNorm:R}");
        Assert.Equal(1, result.Theta[0], 1e-9);
        Assert.Equal(1, result.Theta[1], 1e-9);
        // Measured ‖g‖: … 6.22e−3, 2.39e−3, 3.60e−4, 3.48e−6, 8.84e−11; ratios ‖g_{k+1}‖/‖g_k‖² 62.7, 26.9, 7.31.
        var g = result.GradientNorms;
        for (int k = g.Count - 4; k < g.Count - 1; k++)
        {
            Assert.True(g[k + 1] / (g[k] * g[k]) <= 100, $"‖g_{k + 1}‖/‖g_{k}‖² = {g[k + 1] / (g[k] * g[k]):G4}");
        }
        Assert.True(g[^1] / g[^2] <= 1e-4, $"last ratio ‖g_{{k+1}}‖/‖g_k‖ = {g[^1] / g[^2]:G4}: not superlinear");
    }

    [Fact]
    public void Reaches_the_Rosenbrock_minimiser_from_the_classic_far_start_within_100_iterations()
    {
        var result = NewtonRefinement.Refine(new RosenbrockFunction(), [-1.2, 1]);

        Assert.Equal(RefinementStopReason.Converged, result.StopReason);
        Assert.InRange(result.Iterations, 1, 100); // measured 70: the merit ½‖∇F‖² is slow along the curved valley.
        Assert.Equal(1, result.Theta[0], 1e-10);
        Assert.Equal(1, result.Theta[1], 1e-10);
    }

    [Fact]
    public void Converges_to_the_closed_form_saddle_of_an_indefinite_quadratic()
    {
        var expected = IndefiniteQuadraticFunction.A.Solve(IndefiniteQuadraticFunction.B);

        var result = NewtonRefinement.Refine(new IndefiniteQuadraticFunction(), [5, -3, 2]);

        Assert.Equal(RefinementStopReason.Converged, result.StopReason);
        Assert.InRange(result.Iterations, 1, 5); // measured 3: λ ∝ ‖g‖ makes the damped steps exact in the limit.
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], result.Theta[i], 1e-12);
        }
    }

    [Fact]
    public void Converges_to_the_saddle_at_the_origin_when_started_near_it()
    {
        var f = new CoupledSaddleFunction();

        var result = NewtonRefinement.Refine(f, [0.3, -0.2]);

        Assert.Equal(RefinementStopReason.Converged, result.StopReason);
        Assert.True(Math.Abs(result.Theta[0]) <= 1e-12 && Math.Abs(result.Theta[1]) <= 1e-12, $"θ = ({result.Theta[0]:R}, {result.Theta[1]:R})");
        var eigenvalues = Eigenvalues(f.Hessian(result.Theta.ToArray()));
        Assert.True(eigenvalues[0] < 0 && eigenvalues[1] > 0, $"eigenvalues {eigenvalues[0]:G4}, {eigenvalues[1]:G4}: not a saddle");
    }

    [Fact]
    public void Descent_steps_first_reach_a_minimum_where_Newton_alone_returns_the_saddle()
    {
        var f = new CoupledSaddleFunction();
        double[] start = [0.01, 0.01];

        var alone = NewtonRefinement.Refine(f, start);
        var descended = NewtonRefinement.Refine(f, start, new NewtonRefinementOptions { DescentSteps = 100 });

        Assert.Equal(RefinementStopReason.Converged, alone.StopReason);
        Assert.True(Math.Abs(alone.Theta[0]) <= 1e-12 && Math.Abs(alone.Theta[1]) <= 1e-12);
        Assert.Equal(RefinementStopReason.Converged, descended.StopReason);
        Assert.True(descended.DescentIterations > 0);
        Assert.True(descended.Value < -1, $"F = {descended.Value:R}"); // measured −1.125; F(saddle) = 0.
        Assert.True(Eigenvalues(f.Hessian(descended.Theta.ToArray()))[0] > 0, "the descended point is not a minimum");
    }

    [Fact]
    public void Reports_GradientFlat_not_Converged_when_the_gradient_lies_in_the_kernel_of_the_Hessian()
    {
        var result = NewtonRefinement.Refine(new GradientInKernelFunction(), [1, 1]);

        Assert.Equal(RefinementStopReason.GradientFlat, result.StopReason);
        Assert.Equal(1, result.GradientNorm, 1e-12); // ‖∇F‖ ≥ |∂F/∂y| = 1 everywhere.
        Assert.True(result.GradientNorm > result.Tolerance);
        Assert.NotNull(result.FlatnessRatio);
        Assert.True(result.FlatnessRatio <= 1e-6, $"‖Hg‖/(‖H‖‖g‖) = {result.FlatnessRatio:R}");
        Assert.Equal(1, result.Theta[1]); // no step along the flat direction y.
    }

    [Fact]
    public void Degenerate_minimum_of_x4_converges_only_linearly_with_gradient_ratio_8_over_27()
    {
        var result = NewtonRefinement.Refine(new QuarticFunction(), [1]);

        Assert.Equal(RefinementStopReason.Converged, result.StopReason); // honest: ‖4x³‖ ≤ tol is met at x ≈ 4.5e−4.
        Assert.InRange(result.Iterations, 15, 25); // measured 19
        var g = result.GradientNorms;
        for (int k = g.Count - 10; k < g.Count - 1; k++)
        {
            Assert.Equal(8.0 / 27, g[k + 1] / g[k], 1e-3);
        }
    }

    [Fact]
    public void Reports_Stalled_not_GradientFlat_when_the_Hessian_contradicts_the_gradient()
    {
        var result = NewtonRefinement.Refine(new SignFlippedHessianFunction(), [1, 2]);

        Assert.Equal(RefinementStopReason.Stalled, result.StopReason);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(1, result.FlatnessRatio!.Value, 1e-12);
        Assert.Equal([1.0, 2.0], result.Theta);
    }

    [Fact]
    public void Reports_Diverged_not_Converged_when_softplus_drives_theta_to_infinity()
    {
        var result = NewtonRefinement.Refine(new SoftplusTailFunction(), [0]);

        Assert.Equal(RefinementStopReason.Diverged, result.StopReason);
        Assert.True(result.GradientNorm <= result.Tolerance, "the gradient test alone would have said Converged");
        Assert.True(result.Theta[0] > 20, $"θ = {result.Theta[0]:R}"); // measured 23.2 after 22 unit steps.
        Assert.Contains("drift", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Diverged_when_descending_on_softplus()
    {
        var result = NewtonRefinement.Refine(new SoftplusTailFunction(), [0], new NewtonRefinementOptions { DescentSteps = 50 });

        Assert.Equal(RefinementStopReason.Diverged, result.StopReason);
        Assert.Equal(result.Iterations, result.DescentIterations); // measured 33 descent steps, no Newton step needed.
        Assert.All(result.Lambdas, lambda => Assert.True(double.IsNaN(lambda)));
    }

    [Fact]
    public void Reports_Diverged_at_the_iteration_limit_when_softplus_drifts_below_a_zero_tolerance()
    {
        var result = NewtonRefinement.Refine(new SoftplusTailFunction(), [0], new NewtonRefinementOptions { GradientTolerance = 0, MaxIterations = 40 });

        Assert.Equal(RefinementStopReason.Diverged, result.StopReason);
        Assert.Equal(40, result.Iterations);
        Assert.True(result.Theta[0] > 35, $"θ = {result.Theta[0]:R}");
    }

    [Fact]
    public void Reports_Diverged_when_theta_leaves_the_divergence_bound()
    {
        var result = NewtonRefinement.Refine(new SoftplusTailFunction(), [0], new NewtonRefinementOptions { DivergenceFactor = 1 });

        Assert.Equal(RefinementStopReason.Diverged, result.StopReason);
        Assert.Equal(1, result.DivergenceBound);
        Assert.True(result.Theta[0] > 1);
        Assert.Contains("divergence bound", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Diverged_naming_the_entry_when_the_Hessian_is_not_finite()
    {
        var result = NewtonRefinement.Refine(new NaNHessianFunction(), [1, 1]);

        Assert.Equal(RefinementStopReason.Diverged, result.StopReason);
        Assert.Contains("∇²F(θ)[1,0] is NaN", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Stops_at_the_iteration_limit_with_a_consistent_history_and_without_throwing()
    {
        var result = NewtonRefinement.Refine(new RosenbrockFunction(), [-1.2, 1], new NewtonRefinementOptions { MaxIterations = 3 });

        Assert.Equal(RefinementStopReason.IterationLimit, result.StopReason);
        Assert.Equal(3, result.Iterations);
        Assert.Equal(4, result.GradientNorms.Count);
        Assert.Equal(3, result.StepNorms.Count);
        Assert.Equal(3, result.Lambdas.Count);
        Assert.Equal(result.GradientNorm, result.GradientNorms[^1]);
        Assert.True(result.GradientNorms[^1] < result.GradientNorms[0]);
    }

    [Fact]
    public void Tolerance_is_the_relative_tolerance_times_max_of_1_F0_and_gradient_norm_at_the_start()
    {
        var result = NewtonRefinement.Refine(new QuarticFunction(), [1]); // F = 1, ‖∇F‖ = 4.

        Assert.Equal(4, result.Scale);
        Assert.Equal(4e-10, result.Tolerance, 1e-24);
    }

    [Fact]
    public void Throws_ArgumentException_naming_the_index_for_a_NaN_start()
    {
        var error = Assert.Throws<ArgumentException>(() => NewtonRefinement.Refine(new RosenbrockFunction(), [0.5, double.NaN]));

        Assert.Equal("theta0", error.ParamName);
        Assert.Contains("theta0[1] is NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Throws_ArgumentException_for_a_start_of_the_wrong_length()
    {
        var error = Assert.Throws<ArgumentException>(() => NewtonRefinement.Refine(new RosenbrockFunction(), [0.5, 1, 2]));

        Assert.Contains("objective.Dimension is 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Throws_ArgumentOutOfRangeException_naming_an_invalid_option()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            NewtonRefinement.Refine(new RosenbrockFunction(), [0.5, 1], new NewtonRefinementOptions { StallRatio = 1.5 }));

        Assert.Contains("options.StallRatio", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Eigenvalues of a symmetric matrix, ascending.</summary>
    private static double[] Eigenvalues(Matrix<double> symmetric) =>
        symmetric.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
}
