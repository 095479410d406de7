using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Baselines;

public class LinearBaselineTests
{
    private static Dataset Data(double[][] x, double[] y) => Dataset.Create(x, y);

    private static Dataset RandomData(int n, int d, int seed, Func<Random, double, double>? label = null)
    {
        var random = new Random(seed);
        var x = new double[n][];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = new double[d];
            double s = 0;
            for (int k = 0; k < d; k++)
            {
                x[i][k] = TestMatrices.Normal(random);
                s += (k + 1) * x[i][k];
            }
            y[i] = label is null ? s + TestMatrices.Normal(random) : label(random, s);
        }
        return Data(x, y);
    }

    /// <summary>Independent root of a monotone 1-d derivative by bisection on [lo, hi].</summary>
    private static double Bisect(Func<double, double> derivative, double lo, double hi)
    {
        for (int it = 0; it < 200 && hi - lo > 0; it++)
        {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi)
            {
                break;
            }
            if (derivative(mid) > 0)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    [Theory]
    [InlineData(SquaredNormalisation.Mean, false)]
    [InlineData(SquaredNormalisation.Mean, true)]
    [InlineData(SquaredNormalisation.Half, false)]
    [InlineData(SquaredNormalisation.Half, true)]
    public void Squared_loss_baseline_matches_the_normal_equations_on_full_rank_data(SquaredNormalisation normalisation, bool withBias)
    {
        var data = RandomData(n: 40, d: 4, seed: 11);
        var loss = new SquaredLoss(normalisation);
        int cols = data.Dimension + (withBias ? 1 : 0);
        var a = Matrix<double>.Build.Dense(data.Count, cols, (i, k) => k < data.Dimension ? data.Input(i)[k] : 1.0);
        var y = Vector<double>.Build.DenseOfArray(data.Targets.ToArray());
        var w = (a.TransposeThisAndMultiply(a)).Cholesky().Solve(a.TransposeThisAndMultiply(y));
        var residual = a * w - y;
        double scale = normalisation == SquaredNormalisation.Mean ? 1.0 : 0.5;
        double expected = scale * residual.DotProduct(residual) / data.Count;

        var result = LinearBaseline.Minimize(data, loss, withBias);

        Assert.Equal(LinearBaselineStatus.ClosedForm, result.Status);
        Assert.True(result.Attained);
        Assert.Equal(cols, result.Rank);
        Assert.Equal(expected, result.Value, expected * 1e-12);
        for (int k = 0; k < data.Dimension; k++)
        {
            Assert.Equal(w[k], result.Weights[k], 1e-10);
        }
        Assert.Equal(withBias ? w[data.Dimension] : 0.0, result.Bias, 1e-10);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(4.0)]
    public void Yun_example_1_affine_baseline_is_eight_rho_squared_over_fifteen(double rho)
    {
        // Yun et al., Example 1: X = (0..5), Y = X + ρ·(−1, −1, +1, −1, +1, +1), ℓ = (p − y)²; by hand
        // Σ(x − x̄)e = 7ρ, Σ(x − x̄)² = 17.5, RSS = 6ρ² − 49ρ²/17.5 = 3.2ρ², R_lin = 3.2ρ²/6 = 8ρ²/15.
        double[] noise = [-1, -1, 1, -1, 1, 1];
        var x = Enumerable.Range(0, 6).Select(i => new double[] { i }).ToArray();
        var y = Enumerable.Range(0, 6).Select(i => i + rho * noise[i]).ToArray();

        var result = LinearBaseline.Minimize(Data(x, y), SquaredLoss.Mean, withBias: true);

        double expected = 8 * rho * rho / 15;
        Assert.Equal(expected, result.Value, expected * 1e-12);
    }

    [Fact]
    public void Exactly_duplicated_column_gives_the_same_value_as_removing_it()
    {
        var reduced = RandomData(n: 30, d: 3, seed: 5);
        var duplicated = Data(reduced.Rows().Select(r => new[] { r[0], r[1], r[2], r[1] }).ToArray(), reduced.Targets.ToArray());

        var full = LinearBaseline.Minimize(reduced, SquaredLoss.Mean, withBias: true);
        var dup = LinearBaseline.Minimize(duplicated, SquaredLoss.Mean, withBias: true);

        Assert.Equal(4, dup.Rank);
        Assert.Equal(full.Value, dup.Value, full.Value * 1e-12);
    }

    [Fact]
    public void Exactly_duplicated_column_gets_the_minimum_norm_equal_split_of_the_weight()
    {
        var reduced = RandomData(n: 30, d: 3, seed: 5);
        var duplicated = Data(reduced.Rows().Select(r => new[] { r[0], r[1], r[2], r[1] }).ToArray(), reduced.Targets.ToArray());

        var full = LinearBaseline.Minimize(reduced, SquaredLoss.Mean, withBias: true);
        var dup = LinearBaseline.Minimize(duplicated, SquaredLoss.Mean, withBias: true);

        Assert.Equal(full.Weights[1] / 2, dup.Weights[1], 1e-10);
        Assert.Equal(full.Weights[1] / 2, dup.Weights[3], 1e-10);
        Assert.Equal(full.Weights[0], dup.Weights[0], 1e-10);
        Assert.Equal(full.Bias, dup.Bias, 1e-10);
    }

    [Fact]
    public void Fewer_samples_than_dimensions_interpolate_with_the_minimum_norm_solution()
    {
        var data = RandomData(n: 3, d: 6, seed: 8);
        var x = Matrix<double>.Build.DenseOfRowArrays(data.Rows());
        var y = Vector<double>.Build.DenseOfArray(data.Targets.ToArray());
        var expected = x.TransposeThisAndMultiply((x * x.Transpose()).Cholesky().Solve(y)); // Xᵀ(XXᵀ)⁻¹y

        var result = LinearBaseline.Minimize(data, SquaredLoss.Half, withBias: false);

        Assert.Equal(3, result.Rank);
        Assert.Equal(0.0, result.Value, 1e-24);
        for (int k = 0; k < 6; k++)
        {
            Assert.Equal(expected[k], result.Weights[k], 1e-10);
        }
    }

    [Fact]
    public void Logistic_on_separable_data_has_infimum_zero_not_attained()
    {
        // Labels are the sign of x₁ + x₂ − 0.3, with every point at least 0.2 from that line.
        var x = new[] { new[] { 1.0, 0.5 }, new[] { 2.0, -0.3 }, new[] { 0.4, 0.9 }, new[] { -1.0, 0.2 }, new[] { -0.5, -0.6 }, new[] { 0.1, -0.4 } };
        var y = x.Select(r => r[0] + r[1] - 0.3 > 0 ? 1.0 : -1.0).ToArray();

        var result = LinearBaseline.Minimize(Data(x, y), LogisticLoss.Instance, withBias: true);

        Assert.Equal(LinearBaselineStatus.Separable, result.Status);
        Assert.False(result.Attained);
        Assert.Equal(0.0, result.Value);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.True(y[i] * (result.Weights[0] * x[i][0] + result.Weights[1] * x[i][1] + result.Bias) > 0, $"point {i} not separated");
        }
    }

    [Fact]
    public void Logistic_on_overlapping_one_dimensional_data_is_attained_at_the_root_of_the_derivative()
    {
        double[] xs = [1, 2, -1, 0.5, -2, 3];
        double[] ys = [1, 1, -1, -1, 1, 1];
        // R′(t) = (1/n) Σ −y x / (1 + e^{y t x}), written out independently of the library.
        double Derivative(double t) => xs.Zip(ys, (x, y) => -y * x / (1 + Math.Exp(y * t * x))).Sum() / xs.Length;
        double Risk(double t) => xs.Zip(ys, (x, y) => Math.Log(1 + Math.Exp(-y * t * x))).Sum() / xs.Length;
        double tStar = Bisect(Derivative, -50, 50);

        var result = LinearBaseline.Minimize(Data(xs.Select(v => new[] { v }).ToArray(), ys), LogisticLoss.Instance, withBias: false);

        Assert.Equal(LinearBaselineStatus.Converged, result.Status);
        Assert.True(result.Attained);
        Assert.True(result.GradientNorm <= 1e-12, $"gradient {result.GradientNorm}");
        Assert.Equal(tStar, result.Weights[0], 1e-10);
        Assert.Equal(Risk(tStar), result.Value, 1e-14);
    }

    [Fact]
    public void Logistic_with_bias_on_noisy_labels_is_attained_with_vanishing_gradient()
    {
        var data = RandomData(n: 60, d: 3, seed: 21, label: (random, s) => s + 2 * TestMatrices.Normal(random) > 0 ? 1.0 : -1.0);

        var result = LinearBaseline.Minimize(data, LogisticLoss.Instance, withBias: true);

        Assert.Equal(LinearBaselineStatus.Converged, result.Status);
        Assert.True(result.GradientNorm <= 1e-12, $"gradient {result.GradientNorm}");
        Assert.True(result.ValueErrorBound <= 1e-20, $"value error bound {result.ValueErrorBound}");
    }

    [Fact]
    public void Logistic_under_quasi_complete_separation_is_reported_as_diverging_towards_the_infimum()
    {
        // x = 0 carries one +1 and one −1 label (each contributes log 2 for every t); the rest are separated by t > 0,
        // so inf R = 2·log 2 / 5 and it is not attained.
        double[] xs = [0, 0, 1, 2, -1];
        double[] ys = [1, -1, 1, 1, -1];

        var result = LinearBaseline.Minimize(Data(xs.Select(v => new[] { v }).ToArray(), ys), LogisticLoss.Instance, withBias: false);

        Assert.Equal(LinearBaselineStatus.Diverging, result.Status);
        Assert.False(result.Attained);
        Assert.NotNull(result.Note);
        Assert.Equal(2 * Math.Log(2) / 5, result.Value, 1e-10);
    }

    [Fact]
    public void Logistic_with_a_duplicated_column_splits_the_weight_and_keeps_the_value()
    {
        var reduced = RandomData(n: 50, d: 2, seed: 3, label: (random, s) => s + 2 * TestMatrices.Normal(random) > 0 ? 1.0 : -1.0);
        var duplicated = Data(reduced.Rows().Select(r => new[] { r[0], r[1], r[0] }).ToArray(), reduced.Targets.ToArray());

        var full = LinearBaseline.Minimize(reduced, LogisticLoss.Instance, withBias: true);
        var dup = LinearBaseline.Minimize(duplicated, LogisticLoss.Instance, withBias: true);

        Assert.Equal(3, dup.Rank);
        Assert.True(dup.Attained);
        Assert.Equal(full.Value, dup.Value, 1e-13);
        Assert.Equal(full.Weights[0] / 2, dup.Weights[0], 1e-9);
        Assert.Equal(full.Weights[0] / 2, dup.Weights[2], 1e-9);
    }

    [Fact]
    public void Log_cosh_on_one_dimensional_data_is_attained_at_the_root_of_the_derivative()
    {
        double[] xs = [1, 2, -1, 0.5, -2, 3];
        double[] ys = [0.3, 2.5, -4.0, 1.0, 0.2, 7.0];
        // R′(t) = (1/n) Σ x tanh(t x − y).
        double Derivative(double t) => xs.Zip(ys, (x, y) => x * Math.Tanh(t * x - y)).Sum() / xs.Length;
        double tStar = Bisect(Derivative, -50, 50);

        var result = LinearBaseline.Minimize(Data(xs.Select(v => new[] { v }).ToArray(), ys), LogCoshLoss.Instance, withBias: false);

        Assert.Equal(LinearBaselineStatus.Converged, result.Status);
        Assert.True(result.Attained);
        Assert.True(result.GradientNorm <= 1e-12, $"gradient {result.GradientNorm}");
        Assert.Equal(tStar, result.Weights[0], 1e-10);
    }

    [Fact]
    public void Log_cosh_with_bias_and_large_targets_is_attained_with_vanishing_gradient()
    {
        var data = RandomData(n: 40, d: 3, seed: 17, label: (random, s) => 50 * s + TestMatrices.Normal(random));

        var result = LinearBaseline.Minimize(data, LogCoshLoss.Instance, withBias: true);

        Assert.Equal(LinearBaselineStatus.Converged, result.Status);
        Assert.True(result.Attained);
        Assert.True(result.GradientNorm <= 1e-10, $"gradient {result.GradientNorm}");
    }

    [Fact]
    public void Risk_gradient_matches_central_differences()
    {
        var data = RandomData(n: 20, d: 3, seed: 2);
        double[] t = [0.3, -0.7, 1.1];
        const double b = 0.4, h = 1e-6;
        var gradient = new double[3];

        LinearBaseline.RiskAndGradient(data, LogCoshLoss.Instance, t, b, gradient, out double gb);

        for (int k = 0; k < 3; k++)
        {
            var plus = (double[])t.Clone();
            var minus = (double[])t.Clone();
            plus[k] += h;
            minus[k] -= h;
            double fd = (LinearBaseline.Risk(data, LogCoshLoss.Instance, plus, b) - LinearBaseline.Risk(data, LogCoshLoss.Instance, minus, b)) / (2 * h);
            Assert.Equal(fd, gradient[k], 1e-8);
        }
        double fdb = (LinearBaseline.Risk(data, LogCoshLoss.Instance, t, b + h) - LinearBaseline.Risk(data, LogCoshLoss.Instance, t, b - h)) / (2 * h);
        Assert.Equal(fdb, gb, 1e-8);
    }
}
