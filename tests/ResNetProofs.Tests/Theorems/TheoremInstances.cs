using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Theorems;

/// <summary>Seeded random instances for the theorem tests.</summary>
public static class TheoremInstances
{
    /// <summary>
    /// Shamir's single block f = wᵀ(x + V F(x)) (+ c) with d = 3, k = 4 (or the given d, k), one hidden layer, squared loss,
    /// n = 12 (or the given n) Gaussian points and Gaussian θ; V scaled by <paramref name="vScale"/>.
    /// </summary>
    public static Instance RandomSingleBlock(int seed, double vScale = 1, bool outputBias = false, ActivationKind activation = ActivationKind.Tanh, ILoss? loss = null, int d = 3, int k = 4, int n = 12)
    {
        loss ??= SquaredLoss.Mean;
        var rng = new Random(seed);
        var model = new SingleBlockResNet(d, k, 1, activation, innerBias: true, outputBias);
        var data = RandomCases.Data(rng, n, d, loss);
        var theta = RandomCases.GaussianVector(rng, model.Graph.Layout.Count);
        var v = model.V;
        for (int p = v.Offset; p < v.Offset + v.Length; p++)
        {
            theta[p] *= vScale;
        }
        return new Instance($"random-single-block-{seed}", "", "tests: TheoremInstances.RandomSingleBlock", data, model, loss, theta);
    }

    /// <summary>
    /// A deep ResNet without output bias: <paramref name="depth"/> blocks (default 2) of width 2 with tanh, m_l =
    /// <paramref name="projection"/> for l ≥ 2; d = 3, n = 10 (or the given n) Gaussian points, squared loss, θ ~ N(0, 0.25 I)
    /// (with n = 10, the instances of TheoremSweepTests).
    /// </summary>
    public static Instance RandomDeep(int seed, int projection, int depth = 2, bool innerBias = true, int n = 10)
    {
        var rng = new Random(seed);
        var blocks = Enumerable.Range(1, depth).Select(l => new ResidualBlockSpec(2, l == 1 ? 0 : projection, 1, ActivationKind.Tanh, innerBias)).ToArray();
        var model = new DeepResNet(3, blocks, outputBias: false);
        var data = RandomCases.Data(rng, n, 3, SquaredLoss.Mean);
        var theta = RandomCases.GaussianVector(rng, model.Graph.Layout.Count, 0.5);
        return new Instance($"deep-{seed}", "", "tests: TheoremInstances.RandomDeep", data, model, SquaredLoss.Mean, theta);
    }
}
