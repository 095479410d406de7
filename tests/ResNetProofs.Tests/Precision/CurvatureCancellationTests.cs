using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Tests.Precision;

/// <summary>
/// Second derivatives of saturated losses and activations keep full relative accuracy (issue 11): the product forms
/// s(1 − s) and 1 − tanh² cancel. Reference values: for |z| ≥ 20 the series e^{−|z|}(1 − 2e^{−|z|} + 3e^{−2|z|}) of
/// e^{−|z|}/(1 + e^{−|z|})², whose next term is 4e^{−4|z|} (below 1e−34 relative), and likewise 4e^{−2|a|}(1 − 2e^{−2|a|} + …)
/// for sech²(a); for small arguments the product forms themselves, which are accurate there.
/// </summary>
public sealed class CurvatureCancellationTests
{
    private static double LogisticSeries(double z)
    {
        double e = Math.Exp(-Math.Abs(z));
        return e * (1 - (2 * e) + (3 * e * e));
    }

    private static double SechSquaredSeries(double a)
    {
        double e = Math.Exp(-2 * Math.Abs(a));
        return 4 * e * (1 - (2 * e) + (3 * e * e));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(40)]
    [InlineData(-37.5)]
    [InlineData(300)]
    public void Logistic_loss_curvature_matches_its_series_at_saturated_margins(double yp)
    {
        double value = LogisticLoss.Instance.Second(yp, 1);

        Assert.InRange(Math.Abs(value - LogisticSeries(yp)) / LogisticSeries(yp), 0, 1e-14);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(-38)]
    public void Softplus_curvature_matches_the_series_where_s_times_one_minus_s_fails(double a)
    {
        Assert.InRange(Math.Abs(Activation.Second(ActivationKind.Softplus, a) - LogisticSeries(a)) / LogisticSeries(a), 0, 1e-14);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(19)]
    [InlineData(-25)]
    public void Tanh_derivatives_keep_relative_accuracy_in_saturation(double a)
    {
        double sech2 = SechSquaredSeries(a);

        Assert.InRange(Math.Abs(Activation.First(ActivationKind.Tanh, a) - sech2) / sech2, 0, 1e-14);
        Assert.InRange(Math.Abs(LogCoshLoss.Instance.Second(a, 0) - sech2) / sech2, 0, 1e-14);
        double second = -2 * Math.Tanh(a) * sech2;
        Assert.InRange(Math.Abs(Activation.Second(ActivationKind.Tanh, a) - second) / Math.Abs(second), 0, 1e-14);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(-2.0)]
    public void Accurate_forms_agree_with_the_product_forms_where_those_are_accurate(double z)
    {
        double s = 1 / (1 + Math.Exp(-z));
        double t = Math.Tanh(z);

        Assert.Equal(s * (1 - s), AccurateMath.LogisticCurvature(z), 1e-15);
        Assert.Equal(1 - (t * t), AccurateMath.SechSquared(z), 1e-15);
    }
}
