using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Losses;

/// <summary>
/// Values of the form log(1 + e^{−40}) keep their digits: log(1 + ε) = ε − ε²/2 + …, and ε = e^{−40} ≈ 4.25e−18 makes
/// ε²/2 ≈ 1e−35 of ε, so the value equals e^{−40} to far below the 1e−14 relative tolerance.
/// </summary>
public sealed class LogarithmicTailTests
{
    private static readonly double Expected = Math.Exp(-40);

    [Fact]
    public void Logistic_loss_at_margin_40_equals_exp_minus_40()
    {
        double value = LogisticLoss.Instance.Value(40, 1); // ℓ = log(1 + e^{−yp}) with yp = 40.

        Assert.InRange(Math.Abs(value - Expected) / Expected, 0, 1e-14);
    }

    [Fact]
    public void Softplus_at_minus_40_equals_exp_minus_40()
    {
        double value = Activation.Value(ActivationKind.Softplus, -40); // log(1 + e^{−40}).

        Assert.InRange(Math.Abs(value - Expected) / Expected, 0, 1e-14);
    }
}
