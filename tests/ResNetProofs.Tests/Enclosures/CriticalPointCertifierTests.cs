using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Theorems;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Tests.Enclosures;

/// <summary>
/// The critical-point certificates: Krawczyk on the symmetry slice, the interpolation certificate at zero risk, and the
/// readout-zero certificate (at w = 0 and with w snapped to 0), each proving what it claims and refusing otherwise.
/// </summary>
public sealed class CriticalPointCertifierTests
{
    private static Instance Refined(Instance start)
    {
        var r = NewtonRefinement.Refine(start.CreateRisk(), start.Parameters, NewtonRefinementOptions.Default with { DescentSteps = 200, MaxIterations = 200 });
        Assert.Equal(RefinementStopReason.Converged, r.StopReason);
        return new Instance(start.Name, start.Description, start.Source, start.Data, start.Model, start.Loss, [.. r.Theta]);
    }

    private static Instance With(Instance i, double[] theta) => new(i.Name, i.Description, i.Source, i.Data, i.Model, i.Loss, theta);

    [Fact]
    public void An_isolated_minimum_modulo_symmetries_is_certified_on_the_slice_as_a_strict_local_minimum()
    {
        // d = 2, k = 2, n = 30 (P = 12 < n): seed 3 refines to a minimum that is isolated modulo the readout null space.
        var at = new PointEvidence(Refined(TheoremInstances.RandomSingleBlock(3, 0.3, d: 2, k: 2, n: 30)));

        var c = at.Certificate;

        Assert.True(c.Exists, c.Reason);
        Assert.True(c.IsStrictLocalMinimum, $"slice λ_min ≥ {c.SliceMinEigenvalueLowerBound}");
        Assert.True(c.Risk.Contains(at.Value), $"R(θ̃) = {at.Value} outside {c.Risk}"); // θ̃ is the centre of the box
    }

    [Fact]
    public void A_refined_zero_risk_point_of_an_overparameterised_ResNet_is_certified_as_an_interpolating_global_minimum()
    {
        // P = 35 > n = 10: the minima form a zero-risk manifold, which the slice test cannot isolate.
        var instance = Refined(TheoremInstances.RandomDeep(7, projection: 2));

        var c = CriticalPointCertifier.CertifyInterpolation(new RiskEnclosure(instance.Model, instance.Data, instance.Loss), instance.Parameters, null);

        Assert.True(c.Exists, c.Reason);
        Assert.True(c.IsGlobalMinimum);
        Assert.Equal(Interval.Zero, c.Risk);
        Assert.InRange(c.Distance, 0, 1e-8);
    }

    [Fact]
    public void Interpolation_is_refused_for_a_loss_whose_minimum_is_not_attained_at_the_target()
    {
        var instance = TheoremInstances.RandomSingleBlock(1, 0.3, loss: LogisticLoss.Instance);

        var c = CriticalPointCertifier.CertifyInterpolation(new RiskEnclosure(instance.Model, instance.Data, instance.Loss), instance.Parameters, null);

        Assert.False(c.Exists);
        Assert.Contains("does not attain its minimum 0", c.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_far_from_critical_is_never_certified()
    {
        var at = new PointEvidence(TheoremInstances.RandomSingleBlock(5, 1.0));
        Assert.True(at.GradientNorm > 1e-3);

        Assert.False(at.Certificate.Exists, at.Certificate.Reason);
    }

    [Fact]
    public void A_strict_saddle_with_w_a_hair_off_zero_is_certified_through_the_snapped_readout_zero_set()
    {
        var exact = ConstructedInstances.StrictSaddleWorseThanLinear();
        var theta = exact.Parameters.ToArray();
        int w = exact.Model.Graph.Layout["w"].Offset;
        theta[w] = 1e-12;

        var c = new PointEvidence(With(exact, theta)).Certificate;

        Assert.True(c.Exists, c.Reason);
        Assert.True(c.IsStrictSaddle, $"witness curvature {c.WitnessCurvature}");
        Assert.InRange(c.Distance, 1e-12, 1e-9);
        Assert.Contains("snapped", c.Reason, StringComparison.Ordinal);
    }
}
