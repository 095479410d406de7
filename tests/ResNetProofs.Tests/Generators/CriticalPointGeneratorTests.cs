using ResNetProofs.Generators;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Tests.Generators;

public sealed class CriticalPointGeneratorTests
{
    [Fact]
    public void A_case_carries_its_refinement_and_the_instance_at_the_refined_theta()
    {
        foreach (var c in Sampling.Sample(CriticalPoints.SingleBlock(), 6, seed: 4, size: 30))
        {
            Assert.Equal(c.Refinement.StopReason == RefinementStopReason.Converged, c.Converged);
            Assert.Equal(c.Refinement.Theta.ToArray(), c.Instance.Parameters);
            Assert.True(c.Refinement.DescentIterations <= c.DescentSteps);
            Assert.Contains(c.DescentSteps, CriticalPoints.DefaultDescentSteps);
            Assert.Contains($"stop={c.StopReason}", c.Descriptor.ToString());
        }
    }

    [Fact]
    public void A_shrunk_case_was_refined_again_from_the_shrunk_instance()
    {
        var c = Sampling.Sample(CriticalPoints.OneHiddenLayer(descentSteps: [20]), 1, seed: 2, size: 30)[0];

        var shrunk = CriticalPoints.Shrink(c).First();

        Assert.True(shrunk.Start.Size.IsStrictlySmallerThan(c.Start.Size));
        Assert.Same(shrunk.Start.Instance.Data, shrunk.Instance.Data);
        var risk = shrunk.Start.Instance.CreateRisk();
        double g0 = Math.Sqrt(risk.Gradient(shrunk.Start.Instance.Parameters).Sum(v => v * v));
        Assert.Equal(g0, shrunk.Refinement.GradientNorms[0], 12); // the record starts at the shrunk θ₀
        Assert.Equal(risk.Value(shrunk.Instance.Parameters), shrunk.Refinement.Value, 12);
        Assert.Equal(c.DescentSteps, shrunk.DescentSteps);
    }
}
