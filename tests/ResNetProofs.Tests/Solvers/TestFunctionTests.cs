using ResNetProofs.Tests.Solvers.TestFunctions;

namespace ResNetProofs.Tests.Solvers;

/// <summary>
/// Every analytic gradient and Hessian of the solver test functions is checked against central differences before any
/// solver result built on them is trusted.
/// </summary>
public class TestFunctionTests
{
    /// <summary>Central-difference step h·max(1, |θᵢ|): error ≈ h²·|F‴| + u·|F|/h, both ≪ 1e−6 at these points.</summary>
    private const double Step = 1e-5;

    /// <summary>Agreement demanded: |analytic − difference| ≤ 1e−6·max(1, |analytic|).</summary>
    private const double Agreement = 1e-6;

    private static readonly Dictionary<string, (Func<AnalyticTestFunction> Make, double[][] Points)> Cases = new()
    {
        ["Rosenbrock"] = (() => new RosenbrockFunction(), [[-1.2, 1], [1.2, 1.2], [0.3, -0.7]]),
        ["IndefiniteQuadratic"] = (() => new IndefiniteQuadraticFunction(), [[5, -3, 2], [0.1, 0.2, -0.3]]),
        ["CoupledSaddle"] = (() => new CoupledSaddleFunction(), [[0.3, -0.2], [-1.1, 1.7]]),
        ["GradientInKernel"] = (() => new GradientInKernelFunction(), [[1, 1], [-0.4, 3]]),
        ["Quartic"] = (() => new QuarticFunction(), [[1], [-0.37]]),
        ["SoftplusTail"] = (() => new SoftplusTailFunction(), [[0], [-3.5], [12]]),
        ["DiagonalQuadratic"] = (() => new DiagonalQuadraticFunction(1, 0.5), [[1, 1], [-0.3, 2]]),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Analytic_gradient_matches_central_differences_of_the_value(string name)
    {
        var (make, points) = Cases[name];
        var f = make();
        foreach (var point in points)
        {
            var g = new double[f.Dimension];
            f.ValueAndGradient(point, g);
            for (int i = 0; i < f.Dimension; i++)
            {
                double h = Step * Math.Max(1, Math.Abs(point[i]));
                double difference = (f.Value(Shift(point, i, h)) - f.Value(Shift(point, i, -h))) / (2 * h);
                Assert.True(Math.Abs(g[i] - difference) <= Agreement * Math.Max(1, Math.Abs(g[i])),
                    $"{name} at [{string.Join(", ", point)}]: ∂F/∂θ{i} = {g[i]:R}, difference {difference:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Analytic_Hessian_matches_central_differences_of_the_gradient_and_is_symmetric(string name)
    {
        var (make, points) = Cases[name];
        var f = make();
        foreach (var point in points)
        {
            double mismatch = HessianMismatch(f, point);
            Assert.True(mismatch <= Agreement, $"{name} at [{string.Join(", ", point)}]: relative Hessian mismatch {mismatch:R}");
            var hessian = f.Hessian(point);
            Assert.Equal(0, (hessian - hessian.Transpose()).FrobeniusNorm());
        }
    }

    [Fact]
    public void Derivative_check_detects_the_sign_flipped_Hessian()
    {
        double mismatch = HessianMismatch(new SignFlippedHessianFunction(), [1, 2]);

        Assert.Equal(2, mismatch, 1e-6); // |−1 − 1| / max(1, |−1|) on the diagonal.
    }

    /// <summary>max over (i, j) of |H_ij − (∂_j g_i difference)| / max(1, |H_ij|).</summary>
    private static double HessianMismatch(AnalyticTestFunction f, double[] point)
    {
        int p = f.Dimension;
        var hessian = f.Hessian(point);
        double worst = 0;
        for (int j = 0; j < p; j++)
        {
            double h = Step * Math.Max(1, Math.Abs(point[j]));
            var plus = new double[p];
            var minus = new double[p];
            f.ValueAndGradient(Shift(point, j, h), plus);
            f.ValueAndGradient(Shift(point, j, -h), minus);
            for (int i = 0; i < p; i++)
            {
                double difference = (plus[i] - minus[i]) / (2 * h);
                worst = Math.Max(worst, Math.Abs(hessian[i, j] - difference) / Math.Max(1, Math.Abs(hessian[i, j])));
            }
        }
        return worst;
    }

    private static double[] Shift(double[] point, int index, double by)
    {
        var shifted = (double[])point.Clone();
        shifted[index] += by;
        return shifted;
    }
}
