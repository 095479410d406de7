using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;


namespace ResNetProofs.Tests.Liu2019;

/// <summary>The closed-form population loss against Monte Carlo, and its exact gradient and Hessian against central differences.</summary>
public sealed class CnnPopulationLossTests(ITestOutputHelper output)
{
    public static TheoryData<int, ShortcutForm> Seeds()
    {
        var data = new TheoryData<int, ShortcutForm>();
        foreach (var form in LiuCases.Forms)
        {
            data.Add(1, form);
            data.Add(2, form);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Population_loss_and_gradient_match_Monte_Carlo_within_four_standard_errors(int seed, ShortcutForm form)
    {
        var rng = new Random(seed);
        var teacher = LiuCases.Teacher(rng, 3, 4, form);
        var loss = new CnnPopulationLoss(teacher);
        var theta = LiuCases.Gaussian(rng, loss.Dimension);
        var g = new double[loss.Dimension];

        double value = loss.ValueAndGradient(theta, g);
        var mc = CnnMonteCarloLoss.Estimate(teacher, theta, 40_000, 100 + seed);

        output.WriteLine($"{form}: closed form {value:G8}, Monte Carlo {mc.Value:G8} ± {mc.ValueStandardError:G3} ({(value - mc.Value) / mc.ValueStandardError:F2} SE)");
        Assert.True(Math.Abs(value - mc.Value) <= 4 * mc.ValueStandardError, $"L = {value}, MC {mc.Value} ± {mc.ValueStandardError}");
        for (int i = 0; i < g.Length; i++)
        {
            Assert.True(Math.Abs(g[i] - mc.Gradient[i]) <= 4 * mc.GradientStandardErrors[i], $"∇L[{i}] = {g[i]}, MC {mc.Gradient[i]} ± {mc.GradientStandardErrors[i]}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gradient_and_Hessian_match_central_differences(int seed, ShortcutForm form)
    {
        var rng = new Random(10 + seed);
        var loss = new CnnPopulationLoss(LiuCases.Teacher(rng, 4, 3, form));
        var theta = LiuCases.Gaussian(rng, loss.Dimension);

        DerivativeChecks.AssertMatchesDifferences(loss, theta, output);
    }

    [Fact]
    public void Hessian_vector_product_is_the_Hessian_times_the_vector()
    {
        var rng = new Random(11);
        var loss = new CnnPopulationLoss(LiuCases.Teacher(rng, 4, 3, ShortcutForm.AveragePooledPreActivation));
        var theta = LiuCases.Gaussian(rng, loss.Dimension);
        var v = LiuCases.Gaussian(rng, loss.Dimension);
        var hv = new double[loss.Dimension];

        loss.HessianVectorProduct(theta, v, hv);

        var expected = loss.Hessian(theta) * MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(v);
        for (int i = 0; i < hv.Length; i++)
        {
            Assert.Equal(expected[i], hv[i], 1e-12);
        }
    }

    [Fact]
    public void Loss_vanishes_at_the_teacher_and_equals_half_the_label_second_moment_at_w_zero()
    {
        foreach (var form in LiuCases.Forms)
        {
            var teacher = LiuCases.Teacher(3, 3, 5, form);
            var loss = new CnnPopulationLoss(teacher);
            var zero = new double[loss.Dimension];
            var mc = CnnMonteCarloLoss.Estimate(teacher, zero, 40_000, 9);

            Assert.True(Math.Abs(loss.Value(teacher.Parameters.ToArray())) <= 64 * 1.1e-16 * loss.Scale, form.ToString());
            Assert.Equal(loss.ZeroPredictorLoss, loss.Value(zero), 12);
            Assert.True(Math.Abs(loss.ZeroPredictorLoss - mc.Value) <= 4 * mc.ValueStandardError, $"{form}: ½E y² = {loss.ZeroPredictorLoss}, MC {mc.Value} ± {mc.ValueStandardError}");
        }
    }

    [Fact]
    public void At_w_zero_the_gradient_is_the_expected_backpropagated_gradient()
    {
        var teacher = LiuCases.Teacher(4, 3, 4, ShortcutForm.AveragePooledPreActivation);
        var loss = new CnnPopulationLoss(teacher);
        var theta = new double[loss.Dimension];
        theta[3] = 0.3;
        theta[5] = -0.2;
        var g = new double[loss.Dimension];
        loss.ValueAndGradient(theta, g);

        var mc = CnnMonteCarloLoss.Estimate(teacher, theta, 40_000, 5);

        for (int i = 0; i < g.Length; i++)
        {
            Assert.True(Math.Abs(g[i] - mc.Gradient[i]) <= 4 * mc.GradientStandardErrors[i] + 1e-15, $"∇L[{i}] = {g[i]}, MC {mc.Gradient[i]} ± {mc.GradientStandardErrors[i]}");
        }
        Assert.True(double.IsNaN(loss.Hessian(theta)[0, 0]));
    }
}
