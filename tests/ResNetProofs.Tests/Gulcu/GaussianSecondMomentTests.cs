using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Tests.Gulcu;

/// <summary>c_σ = 1/E[σ(g)²] by the trapezoidal rule against Simpson's rule on another grid and against Monte Carlo.</summary>
public sealed class GaussianSecondMomentTests
{
    [Theory]
    [InlineData(ActivationKind.Softplus)]
    [InlineData(ActivationKind.Tanh)]
    public void Trapezoid_agrees_with_composite_Simpson_on_a_finer_grid(ActivationKind activation)
    {
        double trapezoid = GaussianSecondMoment.Compute(activation);

        double simpson = Simpson(z => Math.Pow(Activation.Value(activation, z), 2) * Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI), -14, 14, 4000);

        // Simpson with h = 0.007: error h⁴·max|f⁗|/180·28 ≈ 1e−10 at most; the trapezoid is accurate to 1e−13.
        Assert.Equal(simpson, trapezoid, 1e-10);
    }

    [Fact]
    public void Identity_gives_c_sigma_one()
    {
        Assert.Equal(1.0, GaussianSecondMoment.NormalizingConstant(ActivationKind.Identity), 1e-13);
    }

    [Fact]
    public void Softplus_moment_is_within_four_standard_errors_of_Monte_Carlo()
    {
        var rng = new Random(2024);
        const int samples = 200_000;
        double sum = 0, sum2 = 0;
        for (int k = 0; k < samples; k++)
        {
            double s = Activation.Value(ActivationKind.Softplus, StandardNormal.Draw(rng));
            sum += s * s;
            sum2 += s * s * s * s;
        }
        double mean = sum / samples;
        double stderr = Math.Sqrt(((sum2 / samples) - (mean * mean)) / samples);

        double value = GaussianSecondMoment.Compute(ActivationKind.Softplus);

        Assert.InRange(value, mean - (4 * stderr), mean + (4 * stderr));
    }

    private static double Simpson(Func<double, double> f, double a, double b, int intervals)
    {
        double h = (b - a) / intervals, s = f(a) + f(b);
        for (int k = 1; k < intervals; k++)
        {
            s += (k % 2 == 1 ? 4 : 2) * f(a + (k * h));
        }
        return s * h / 3;
    }
}
