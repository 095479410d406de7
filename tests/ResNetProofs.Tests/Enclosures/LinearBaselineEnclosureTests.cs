using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Enclosures;

public class LinearBaselineEnclosureTests
{
    /// <summary>
    /// Exact R_lin = min_w (1/n) Σ s·(wᵀa_i − y_i)² (s = 1 "mean", ½ "half") over the design rows a_i = (x_i[, 1]): any
    /// solution of the normal equations AᵀA w = Aᵀy, found by exact Gauss–Jordan elimination (free variables set to 0, so
    /// rank-deficient designs are handled exactly).
    /// </summary>
    private static ExactFraction ExactSquaredRisk(Dataset data, bool withBias, ExactFraction scale)
    {
        int n = data.Count, d = data.Dimension, p = d + (withBias ? 1 : 0);
        var a = new ExactFraction[n][];
        var y = new ExactFraction[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = Enumerable.Range(0, p).Select(k => k < d ? ExactFraction.FromDouble(data.Input(i)[k]) : ExactFraction.FromDouble(1)).ToArray();
            y[i] = ExactFraction.FromDouble(data.Target(i));
        }
        var m = new ExactFraction[p][];
        for (int j = 0; j < p; j++)
        {
            m[j] = new ExactFraction[p + 1];
            for (int k = 0; k <= p; k++)
            {
                var s = ExactFraction.Zero;
                for (int i = 0; i < n; i++)
                {
                    s += a[i][j] * (k < p ? a[i][k] : y[i]);
                }
                m[j][k] = s;
            }
        }
        var pivotColumn = new int[p];
        int row = 0;
        for (int col = 0; col < p && row < p; col++)
        {
            int pivot = Enumerable.Range(row, p - row).FirstOrDefault(r => !m[r][col].IsZero, -1);
            if (pivot < 0)
            {
                continue;
            }
            (m[row], m[pivot]) = (m[pivot], m[row]);
            var inv = ExactFraction.FromDouble(1) / m[row][col];
            for (int k = 0; k <= p; k++)
            {
                m[row][k] *= inv;
            }
            for (int r = 0; r < p; r++)
            {
                if (r != row && !m[r][col].IsZero)
                {
                    var f = m[r][col];
                    for (int k = 0; k <= p; k++)
                    {
                        m[r][k] -= f * m[row][k];
                    }
                }
            }
            pivotColumn[row++] = col;
        }
        var w = Enumerable.Repeat(ExactFraction.Zero, p).ToArray();
        for (int r = 0; r < row; r++)
        {
            w[pivotColumn[r]] = m[r][p];
        }
        var sum = ExactFraction.Zero;
        for (int i = 0; i < n; i++)
        {
            var residual = -y[i];
            for (int k = 0; k < p; k++)
            {
                residual += a[i][k] * w[k];
            }
            sum += residual * residual;
        }
        return scale * sum / ExactFraction.FromDouble(n);
    }

    private static void AssertContains(LinearBaselineEnclosureResult enclosure, ExactFraction exact)
    {
        Assert.True(ExactFraction.FromDouble(enclosure.Lower) <= exact, $"Lower {enclosure.Lower:R} > exact R_lin {exact} ({enclosure.Method})");
        Assert.True(exact <= ExactFraction.FromDouble(enclosure.Upper), $"Upper {enclosure.Upper:R} < exact R_lin {exact} ({enclosure.Method})");
    }

    private static Dataset RandomData(int n, int d, int seed, double offset = 0, double constant = double.NaN, double targetScale = 1)
    {
        var random = new Random(seed);
        var x = new double[n][];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            var row = new List<double>();
            double s = 0;
            for (int k = 0; k < d; k++)
            {
                double v = TestMatrices.Normal(random);
                s += (k + 1) * v;
                row.Add(k == d - 1 ? v + offset : v);
            }
            if (!double.IsNaN(constant))
            {
                row.Add(constant);
            }
            x[i] = [.. row];
            y[i] = targetScale * (s + TestMatrices.Normal(random));
        }
        return Dataset.Create(x, y);
    }

    [Fact]
    public void Small_rational_data_with_squared_loss_are_enclosed_exactly_and_tightly()
    {
        var data = Dataset.Create([[0.5], [1.0], [2.0], [3.25], [4.0]], [1.0, 0.75, 2.5, 3.0, 4.5]);
        foreach (var (loss, scale) in new[] { (SquaredLoss.Mean, ExactFraction.FromDouble(1)), (SquaredLoss.Half, ExactFraction.FromDouble(0.5)) })
        {
            var baseline = LinearBaseline.Minimize(data, loss, withBias: true);
            var enclosure = LinearBaselineEnclosure.Compute(data, loss, baseline);
            var exact = ExactSquaredRisk(data, withBias: true, scale);

            AssertContains(enclosure, exact);
            Assert.Equal(LinearBaselineEnclosureStatus.Certified, enclosure.Status);
            Assert.True(enclosure.Width <= 1e-12 * enclosure.Upper, $"width {enclosure.Width:G3} for R_lin = {exact}");
        }
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Well_conditioned_random_data_give_a_certified_enclosure_of_relative_width_below_1e_12(int seed, bool withBias)
    {
        var data = RandomData(40, 3, seed);
        var baseline = LinearBaseline.Minimize(data, SquaredLoss.Mean, withBias);

        var enclosure = LinearBaselineEnclosure.Compute(data, SquaredLoss.Mean, baseline);

        AssertContains(enclosure, ExactSquaredRisk(data, withBias, ExactFraction.FromDouble(1)));
        Assert.Equal(LinearBaselineEnclosureStatus.Certified, enclosure.Status);
        Assert.True(enclosure.Attained);
        Assert.True(enclosure.Width <= 1e-12 * enclosure.Upper, $"width {enclosure.Width:G3}, R_lin ≈ {enclosure.Upper:G6}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Offset_columns_and_large_targets_never_give_an_enclosure_that_misses_the_exact_value(bool withBias)
    {
        // Targets near 10³, the last data column offset by 10⁶, and a constant column 10⁸ (collinear with the bias column
        // when there is one: then the design is rank-deficient).
        var data = RandomData(30, 2, 11, offset: 1e6, constant: 1e8, targetScale: 1e3);
        var baseline = LinearBaseline.Minimize(data, SquaredLoss.Mean, withBias);

        var enclosure = LinearBaselineEnclosure.Compute(data, SquaredLoss.Mean, baseline);

        AssertContains(enclosure, ExactSquaredRisk(data, withBias, ExactFraction.FromDouble(1)));
    }

    [Fact]
    public void Logistic_loss_on_overlapping_data_has_a_certified_finite_lower_bound()
    {
        var data = RandomData(50, 2, 5);
        var labels = Enumerable.Range(0, data.Count).Select(i => (data.Target(i) + (2 * TestMatrices.Normal(new Random(i)))) > 0 ? 1.0 : -1.0).ToArray();
        var logistic = data.WithTargets(labels);
        var baseline = LinearBaseline.Minimize(logistic, LogisticLoss.Instance, withBias: true);

        var enclosure = LinearBaselineEnclosure.Compute(logistic, LogisticLoss.Instance, baseline);

        Assert.Equal(LinearBaselineEnclosureStatus.Certified, enclosure.Status);
        Assert.True(enclosure.Lower > 0);
        Assert.InRange(baseline.Value, enclosure.Lower, enclosure.Upper);
        Assert.True(enclosure.Width <= 1e-10 * enclosure.Upper, $"width {enclosure.Width:G3}");
    }

    [Fact]
    public void Logistic_loss_on_separable_data_falls_back_to_zero_with_a_status()
    {
        var data = Dataset.Create([[-2.0], [-1.0], [1.0], [2.5]], [-1.0, -1.0, 1.0, 1.0]);
        var baseline = LinearBaseline.Minimize(data, LogisticLoss.Instance, withBias: true);

        var enclosure = LinearBaselineEnclosure.Compute(data, LogisticLoss.Instance, baseline);

        Assert.Equal(LinearBaselineStatus.Separable, baseline.Status);
        Assert.Equal(0.0, enclosure.Lower);
        Assert.NotEqual(LinearBaselineEnclosureStatus.Certified, enclosure.Status);
        Assert.False(enclosure.Attained);
        Assert.True(enclosure.Upper < 1e-6, $"Upper {enclosure.Upper:G3}");
    }

    [Fact]
    public void Duplicated_column_with_squared_loss_is_reported_as_without_curvature()
    {
        var data = Dataset.Create([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0], [5.0, 5.0]], [1.0, 3.0, 2.0, 6.0]);
        var baseline = LinearBaseline.Minimize(data, SquaredLoss.Mean, withBias: true);

        var enclosure = LinearBaselineEnclosure.Compute(data, SquaredLoss.Mean, baseline);

        AssertContains(enclosure, ExactSquaredRisk(data, withBias: true, ExactFraction.FromDouble(1)));
        Assert.Equal(LinearBaselineEnclosureStatus.NoCurvature, enclosure.Status);
        Assert.Equal(0.0, enclosure.Lower);
    }

    [Fact]
    public void Wrong_weight_length_is_rejected()
    {
        var data = Dataset.Create([[1.0, 2.0]], [1.0]);

        Assert.Throws<ArgumentException>(() => LinearBaselineEnclosure.Compute(data, SquaredLoss.Mean, false, [1.0], 0));
    }
}
