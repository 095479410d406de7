using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Derivatives;

public class CurvatureWeightedFeatureMomentTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Moment_equals_the_readout_block_of_the_exact_Hessian(int lossIndex)
    {
        // f = wᵀh_L + c is linear in w, so ∂²R/∂w² = (1/n) Σ ℓ″ h hᵀ = M exactly.
        var rng = new Random(100 + lossIndex);
        var loss = RandomCases.Losses[lossIndex];
        var data = RandomCases.Data(rng, 15, 3, loss);
        var model = new DeepResNet(3, [new ResidualBlockSpec(2, 0, 1, ActivationKind.Tanh, true), new ResidualBlockSpec(2, 1, 1, ActivationKind.Softplus, true)], true);
        var risk = new EmpiricalRisk(model, data, loss);
        var theta = RandomCases.GaussianVector(rng, risk.Dimension);
        var m = CurvatureWeightedFeatureMoment.At(risk, theta);
        var h = risk.Hessian(theta);
        int w = model.W.Offset;
        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                Assert.Equal(h[w + a, w + b], m[a, b], 1e-13);
            }
        }
    }
}
