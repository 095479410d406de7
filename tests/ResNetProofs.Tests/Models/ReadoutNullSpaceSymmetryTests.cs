using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Models;

/// <summary>The readout null-space directions V ↦ V + s·z e_kᵀ (wᵀz = 0) of the last residual branch leave every prediction unchanged.</summary>
public sealed class ReadoutNullSpaceSymmetryTests
{
    public static TheoryData<string> Models() => ["single-block", "deep L=2"];

    [Theory]
    [MemberData(nameof(Models))]
    public void Predictions_do_not_move_along_readout_null_space_directions(string kind)
    {
        var rng = new Random(5);
        IModel model = kind == "single-block"
            ? new SingleBlockResNet(3, 4, 1, ActivationKind.Tanh, true, true)
            : new DeepResNet(3, [new ResidualBlockSpec(2, 0, 1, ActivationKind.Tanh, true), new ResidualBlockSpec(4, 2, 1, ActivationKind.Softplus, true)], false);
        var risk = new ResNetProofs.Numerics.Derivatives.EmpiricalRisk(model, RandomCases.Data(rng, 6, 3, ResNetProofs.Numerics.Losses.SquaredLoss.Mean), ResNetProofs.Numerics.Losses.SquaredLoss.Mean);
        var theta = RandomCases.GaussianVector(rng, model.Graph.Layout.Count);
        var directions = ContinuousSymmetries.At(model.Graph, theta).Where(s => s.Name.Contains("readout null space", StringComparison.Ordinal)).ToList();
        var before = risk.Forward(theta).Predictions.ToArray();

        // (d − 1)·k directions: k = 4 columns of the last V, d = 3.
        Assert.Equal(2 * 4, directions.Count);
        foreach (var (_, direction) in directions)
        {
            var moved = theta.Zip(direction, (t, v) => t + (0.7 * v)).ToArray();
            var after = risk.Forward(moved).Predictions.ToArray();
            for (int i = 0; i < before.Length; i++)
            {
                // f is linear in V, so the change is wᵀz·(…) = 0 up to the rounding of a d-term dot product.
                Assert.Equal(before[i], after[i], 1e-12);
            }
        }
    }
}
