using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Enclosures;

/// <summary>Boxes across and away from a ReLU kink: the crossing is reported and the second derivatives through it are Entire.</summary>
public class RiskEnclosureKinkTests
{
    private const double Radius = 1e-3;

    // A ReLU one-hidden-layer net f = aᵀσ(Ux + b) + c with hidden unit 0 placed on its kink at sample 0: b₀ = −U₀·x₀.
    private static (OneHiddenLayerNetwork Model, RiskEnclosure Risk, double[] Theta) OnKink()
    {
        var model = new OneHiddenLayerNetwork(2, 3, ActivationKind.Relu, hiddenBias: true, outputBias: true);
        var (data, theta) = EnclosureCases.Draw(model, SquaredLoss.Mean, seed: 7);
        var u = model.Graph.Layout["U"];
        var x0 = data.Input(0);
        theta[model.Graph.Layout["b"].Offset] = -((theta[u.Offset] * x0[0]) + (theta[u.Offset + 1] * x0[1]));
        return (model, new RiskEnclosure(model, data, SquaredLoss.Mean), theta);
    }

    [Fact]
    public void A_box_across_a_ReLU_kink_reports_the_crossing()
    {
        var (_, risk, theta) = OnKink();
        var kink = risk.FindKinkCrossing(RiskEnclosure.BallBox(theta, Radius));
        Assert.NotNull(kink);
        Assert.Equal("hidden", kink.Node);
        Assert.True(kink.PreActivation.Contains(0), $"reported pre-activation {kink.PreActivation} does not contain 0");
    }

    [Fact]
    public void A_box_across_a_ReLU_kink_has_Entire_Hessian_entries_in_the_rows_of_the_kinked_unit()
    {
        var (model, risk, theta) = OnKink();
        var enclosure = risk.Hessian(RiskEnclosure.BallBox(theta, Radius));
        Assert.NotNull(enclosure.Kink);
        var layout = model.Graph.Layout;
        int[] kinked = [layout["U"].Offset, layout["U"].Offset + 1, layout["b"].Offset];
        foreach (int p in kinked)
        {
            Assert.Equal(Interval.Entire, enclosure.Hessian[p, p]);
        }
        // The readout block never passes through σ″: ∂²R/∂c² = 2 stays finite.
        Assert.True(enclosure.Hessian[layout["c"].Offset, layout["c"].Offset].IsFinite);
    }

    [Fact]
    public void The_gradient_across_a_ReLU_kink_stays_finite_through_the_Clarke_range()
    {
        var (_, risk, theta) = OnKink();
        var enclosure = risk.Gradient(RiskEnclosure.BallBox(theta, Radius));
        Assert.NotNull(enclosure.Kink);
        Assert.All(enclosure.Gradient, g => Assert.True(g.IsFinite, $"{g}"));
    }

    [Fact]
    public void A_box_away_from_ReLU_kinks_reports_no_crossing()
    {
        var model = new OneHiddenLayerNetwork(2, 3, ActivationKind.Relu, hiddenBias: true, outputBias: true);
        var (data, theta) = EnclosureCases.Draw(model, SquaredLoss.Mean, seed: 7);
        var risk = new RiskEnclosure(model, data, SquaredLoss.Mean);
        Assert.Null(risk.FindKinkCrossing(RiskEnclosure.BallBox(theta, Radius)));
        Assert.Null(risk.Hessian(RiskEnclosure.BallBox(theta, Radius)).Kink);
    }
}
