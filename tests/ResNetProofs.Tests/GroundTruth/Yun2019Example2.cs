using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.GroundTruth;

/// <summary>
/// Yun, Sra &amp; Jadbabaie 2019, Example 2 (theorems.md <c>yun2019.example2</c>): X = [1, 2.5, 3], Y = [1, 3, 2], a 2-block
/// ResNet with one ReLU unit per block and an output bias, mean squared error. Data exact; both fixtures are our constructions.
/// </summary>
public static class Yun2019Example2
{
    /// <summary>The data (exact).</summary>
    public static Dataset Data() => Dataset.Create([[1], [2.5], [3]], [1, 3, 2]);

    /// <summary>h_l = h_{l−1} + V_l·relu(W_l·U_l h_{l−1} + b_l) for l = 1, 2 (no U_1), f = w·h₂ + c.</summary>
    public static DeepResNet Model()
    {
        var block = new ResidualBlockSpec(1, 1, 1, ActivationKind.Relu, true);
        return new DeepResNet(1, [block, block], outputBias: true);
    }

    /// <summary>
    /// The zero-risk fixture: h₁ = x + 4·relu(x − 11/4) maps X to (1, 5/2, 4); h₂ = h₁ − (9/4)·relu(h₁ − 3) maps that to
    /// (1, 5/2, 7/4); f = (4/3)h₂ − 1/3 = Y. R_lin(h₁) = 1/2 &gt; R_lin(x) = 25/78, R_lin(h₂) = 0.
    /// </summary>
    public static Instance ZeroRisk() => At("yun2019-example2-zero-risk", v1: 4, b2: -3, v2: -9.0 / 4);

    /// <summary>
    /// A second zero-risk point with V₁ = 0, so h₁ = x and R_lin(h₁) = R_lin(x): block 2 alone does the work,
    /// h₂ = x − 5·relu(x − 11/4) maps X to (1, 5/2, 7/4) (the same h₂), f = (4/3)h₂ − 1/3 = Y. Every number is exact in binary.
    /// </summary>
    public static Instance ZeroRiskWithoutBlock1() => At("yun2019-example2-zero-risk-v1-zero", v1: 0, b2: -11.0 / 4, v2: -5);

    /// <summary>h_l at every sample (l = 0 is x).</summary>
    public static double[] BlockOutput(Instance instance, int l)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var model = (DeepResNet)instance.Model;
        return instance.CreateRisk().Forward(instance.Parameters).Values[model.BlockOutputNode(l)];
    }

    /// <summary>R_lin of a feature: the affine least-squares risk of Y on (h, 1) (<see cref="LinearBaseline"/> on a dataset of the features).</summary>
    public static double LinearRiskOf(IReadOnlyList<double> feature) =>
        LinearBaseline.Minimize(Dataset.Create(feature.Select(v => (IReadOnlyList<double>)[v]).ToArray(), Data().Targets.ToArray()), SquaredLoss.Mean, withBias: true).Value;

    private static Instance At(string name, double v1, double b2, double v2)
    {
        var model = Model();
        var theta = new double[model.Graph.Layout.Count];
        void Set(string block, double value) => theta[model.Graph.Layout[block].Offset] = value;
        Set("phi1.W1", 1);
        Set("phi1.b1", -11.0 / 4);
        Set("V1", v1);
        Set("U2", 1);
        Set("phi2.W1", 1);
        Set("phi2.b1", b2);
        Set("V2", v2);
        Set("w", 4.0 / 3);
        Set("c", -1.0 / 3);
        return new Instance(name, "", "tests: Yun2019Example2", Data(), model, SquaredLoss.Mean, theta);
    }
}
