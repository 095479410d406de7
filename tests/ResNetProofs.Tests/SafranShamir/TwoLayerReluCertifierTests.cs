using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Studies;

namespace ResNetProofs.Tests.SafranShamir;

/// <summary>Interval enclosures of the closed form, and the strict-local-minimum certificate on a real spurious minimum.</summary>
public sealed class TwoLayerReluCertifierTests
{
    /// <summary>Run 0 of (k = n = 10, seed 1), plain: the study's first non-global end point (F ≈ 0.0187, measured 2026-11-29).</summary>
    internal static double[] SpuriousEndPoint(TwoLayerReluObjective objective)
    {
        var start = SafranShamirDescent.XavierStart(objective, new Random(SafranShamirStudy.RunSeed(1, 10, 10, 0)));
        return SafranShamirDescent.Run(objective, start, new SafranShamirDescentOptions()).Theta;
    }

    [Fact]
    public void A_spurious_end_point_is_certified_a_strict_local_minimum_with_its_value_enclosed_above_the_threshold()
    {
        var objective = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(10), 10, StudentForm.Plain);
        var theta = SpuriousEndPoint(objective);

        var certificate = TwoLayerReluCertifier.Certify(objective, theta);

        Assert.True(certificate.Certified, certificate.Reason);
        Assert.True(certificate.HessianLowerBound > 0);
        Assert.True(certificate.ValueEnclosure.Lo >= 1e-3, $"F enclosure {certificate.ValueEnclosure}");
        Assert.True(certificate.ValueEnclosure.Contains(objective.Value(certificate.Center)));
        Assert.True(theta.Zip(certificate.Center).Max(p => Math.Abs(p.First - p.Second)) < 1e-8, "the polished point stays next to the end point");
    }

    [Fact]
    public void The_global_minimum_is_not_certified_because_its_box_touches_the_parallel_kink()
    {
        var objective = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(3), 3, StudentForm.Plain);
        double[] theta = [1, 0, 0, 0, 1, 0, 0, 0, 1];

        var certificate = TwoLayerReluCertifier.Certify(objective, theta);

        Assert.False(certificate.Certified);
        Assert.Contains("unbounded", certificate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_that_is_not_critical_is_not_certified()
    {
        var objective = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(3), 3, StudentForm.LinearSkip);
        double[] theta = [0.3, -0.2, 0.5, 0.1, 0.4, -0.3, -0.5, 0.2, 0.2, 0.1, 0.1, 0.1];

        Assert.False(TwoLayerReluCertifier.Certify(objective, theta).Certified);
    }

    [Theory]
    [InlineData(StudentForm.Plain)]
    [InlineData(StudentForm.LinearSkip)]
    public void Enclosures_over_a_box_contain_the_values_at_its_corners_and_centre(StudentForm form)
    {
        var objective = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(3), 4, form);
        var rng = new Random(3);
        var center = Enumerable.Range(0, objective.Dimension).Select(_ => rng.NextDouble() - 0.5).ToArray();
        const double r = 1e-3;
        var box = center.Select(c => Interval.Ball(c, r)).ToArray();
        var enclosure = new TwoLayerReluEnclosure(objective);
        var f = enclosure.Value(box);
        var g = enclosure.Gradient(box);
        var h = enclosure.Hessian(box);

        foreach (double sign in new[] { -1.0, 0.0, 1.0 })
        {
            var theta = center.Select((c, t) => c + (sign * r * (t % 2 == 0 ? 1 : -1))).ToArray();
            var grad = new double[objective.Dimension];
            objective.Gradient(theta, grad);
            var hess = objective.Hessian(theta);
            Assert.True(f.Contains(objective.Value(theta)), $"F {objective.Value(theta)} ∉ {f}");
            Assert.All(Enumerable.Range(0, objective.Dimension), t => Assert.True(g[t].Contains(grad[t]), $"∇F[{t}] {grad[t]} ∉ {g[t]}"));
            Assert.All(Enumerable.Range(0, objective.Dimension * objective.Dimension),
                e => Assert.True(h[e / objective.Dimension, e % objective.Dimension].Contains(hess[e / objective.Dimension, e % objective.Dimension])));
        }
    }
}
