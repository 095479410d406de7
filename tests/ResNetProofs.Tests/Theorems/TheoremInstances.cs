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
}
