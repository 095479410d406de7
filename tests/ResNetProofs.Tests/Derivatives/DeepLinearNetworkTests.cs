using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Derivatives;

/// <summary>Ground truth: f(x) = W₃W₂W₁x has ∇R = 0 and ∇²R = 0 at θ = 0, since every entry is a product of ≥ 2 zero factors.</summary>
public class DeepLinearNetworkTests
{
    private sealed class DeepLinearNetwork : IModel
    {
        public DeepLinearNetwork(int d, int width)
        {
            Graph = new NetworkGraph(d);
            int h1 = Graph.AddActivation("h1", Graph.AddAffine("W1x", NetworkGraph.InputNode, width, "W1", null), ActivationKind.Identity);
            FeatureNode = Graph.AddActivation("h2", Graph.AddAffine("W2h1", h1, width, "W2", null), ActivationKind.Identity);
            Graph.AddAffine("f", FeatureNode, 1, "W3", null);
            InputDimension = d;
        }

        public string Kind => "deep-linear";
        public int InputDimension { get; }
        public bool OutputBias => false;
        public NetworkGraph Graph { get; }
        public int FeatureNode { get; }
    }

    private static (EmpiricalRisk Risk, double[] Zero) AtZero()
    {
        var rng = new Random(11);
        var data = RandomCases.Data(rng, 25, 4, SquaredLoss.Half);
        var risk = new EmpiricalRisk(new DeepLinearNetwork(4, 3), data, SquaredLoss.Half);
        return (risk, new double[risk.Dimension]);
    }

    [Fact]
    public void Gradient_at_the_all_zero_point_is_exactly_zero()
    {
        var (risk, zero) = AtZero();
        Assert.All(risk.Gradient(zero), g => Assert.Equal(0.0, g));
    }

    [Fact]
    public void Hessian_at_the_all_zero_point_is_exactly_zero()
    {
        var (risk, zero) = AtZero();
        Assert.All(risk.Hessian(zero).ToColumnMajorArray(), h => Assert.Equal(0.0, h));
    }

    [Fact]
    public void Hessian_away_from_zero_is_not_zero()
    {
        var (risk, zero) = AtZero();
        zero[0] = 1;
        Assert.True(risk.Hessian(zero).FrobeniusNorm() > 0.1);
    }
}
