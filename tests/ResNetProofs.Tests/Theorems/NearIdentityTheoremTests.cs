using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Yun2019;
using ResNetProofs.Theorems.Verdicts;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Theorems;

public class NearIdentityTheoremTests
{
    private static readonly ActivationKind[] Activations = [ActivationKind.Relu, ActivationKind.Tanh, ActivationKind.Softplus];

    private static DeepResNet Net(int d, int depth, ActivationKind activation, bool innerBias) =>
        new(d, Enumerable.Range(1, depth).Select(l => new ResidualBlockSpec(3, 2, l == 2 ? 0 : 1, activation, innerBias) with { Width = l == 2 ? 2 : 3 }).ToArray(), false);

    private static Instance RandomInstance(int seed, int depth, ActivationKind activation, ILoss loss)
    {
        var rng = new Random(seed);
        var data = RandomCases.Data(rng, 7, 3, loss);
        var model = Net(3, depth, activation, innerBias: seed % 2 == 0);
        var theta = RandomCases.GaussianVector(rng, model.Graph.Layout.Count, 0.8);
        return new Instance($"random-{seed}", "", "test", data, model, loss, theta);
    }

    [Fact]
    public void Feature_moment_equals_the_readout_gradient()
    {
        foreach (var activation in Activations)
        {
            var instance = RandomInstance(17, 3, activation, SquaredLoss.Mean);
            var risk = instance.CreateRisk();
            var moments = ResidualCorrelation.At(risk, instance.Parameters);
            var gradient = ((DeepResNet)instance.Model).W.Slice(risk.Gradient(instance.Parameters)).ToArray();

            for (int k = 0; k < gradient.Length; k++)
            {
                // Same products r_i·h_i summed in the same order by both passes, up to n-term rounding of the terms' size.
                Assert.True(Math.Abs(gradient[k] - moments.FeatureMoment[k]) <= 1e-13 * Math.Max(1, moments.FeatureScale), $"{activation} k={k}: {gradient[k]} vs {moments.FeatureMoment[k]}");
            }
        }
    }

    [Fact]
    public void Exact_inequality_is_confirmed_at_108_random_points()
    {
        ILoss[] losses = [SquaredLoss.Mean, LogisticLoss.Instance, LogCoshLoss.Instance];
        var theorem = new NearIdentityTheorem();
        var kinds = new List<VerdictKind>();
        foreach (int depth in new[] { 1, 2, 3 })
        {
            foreach (var activation in Activations)
            {
                for (int seed = 0; seed < 12; seed++)
                {
                    var at = new PointEvidence(RandomInstance(1000 * depth + 100 * (int)activation + seed, depth, activation, losses[seed % 3]));
                    Assert.Null(theorem.Inapplicable(at));
                    var verdict = theorem.Judge(at);
                    Assert.True(verdict.Kind == VerdictKind.Confirmed, verdict.ToText());
                    kinds.Add(verdict.Kind);
                }
            }
        }
        Assert.Equal(108, kinds.Count);
    }

    [Fact]
    public void Exact_inequality_is_decided_by_enclosures_that_contain_the_float_values()
    {
        var at = new PointEvidence(RandomInstance(3, 2, ActivationKind.Tanh, LogisticLoss.Instance));
        var c = NearIdentityCertificate.At(at);

        var verdict = new NearIdentityTheorem().Judge(at);

        Assert.Equal((VerdictKind.Confirmed, true), (verdict.Kind, verdict.Certified));
        Assert.True(c.RiskEnclosure.Contains(c.Risk), $"R = {c.Risk} outside {c.RiskEnclosure}");
        Assert.InRange(Math.Abs(c.BoundEnclosure.Mid - c.Bound), 0, 1e-12 * Math.Max(1, Math.Abs(c.Bound)));
    }

    [Fact]
    public void Deviation_from_the_input_stays_within_the_certified_Lipschitz_bound()
    {
        for (int seed = 0; seed < 20; seed++)
        {
            var instance = RandomInstance(seed * 2 + 1, 1 + seed % 3, seed % 2 == 0 ? ActivationKind.Tanh : ActivationKind.Relu, SquaredLoss.Mean);
            var model = (DeepResNet)instance.Model;
            Assert.True(ResidualBranchLipschitz.BranchesVanishAtZero(model));
            var lip = ResidualBranchLipschitz.Bounds(model, instance.Parameters);
            double product = lip.Aggregate(1.0, (p, k) => p * (1 + k)) - 1;
            var moments = ResidualCorrelation.At(instance.CreateRisk(), instance.Parameters);

            Assert.True(moments.MaxDeviationRatio <= product * (1 + 1e-12), $"seed {seed}: ‖h_L − x‖/‖x‖ = {moments.MaxDeviationRatio} > Π(1 + κ_l) − 1 = {product}");
            Assert.True(product <= Math.Exp(model.Depth * lip.Max()) - 1);
        }
    }

    [Fact]
    public void Spectral_norm_bound_is_an_upper_bound_no_larger_than_Frobenius()
    {
        var rng = new Random(5);
        for (int trial = 0; trial < 20; trial++)
        {
            var a = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(1 + trial % 4, 1 + trial % 3, (_, _) => RandomCases.Gaussian(rng));
            double bound = ResidualBranchLipschitz.SpectralNormUpperBound(a);
            var x = RandomCases.GaussianVector(rng, a.ColumnCount);
            double ratio = (a * MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(x)).L2Norm() / RandomCases.Norm(x);

            Assert.True(ratio <= bound, $"‖Ax‖/‖x‖ = {ratio} > {bound}");
            Assert.True(bound <= a.FrobeniusNorm() * (1 + 1e-13));
        }
    }

    [Fact]
    public void Softplus_or_inner_biases_make_the_critical_bound_vacuous()
    {
        var theorem = new NearIdentityCriticalBoundTheorem();
        foreach (var (activation, bias) in new[] { (ActivationKind.Softplus, false), (ActivationKind.Tanh, true) })
        {
            var rng = new Random(3);
            var data = RandomCases.Data(rng, 6, 2, SquaredLoss.Mean);
            var model = new DeepResNet(2, [new ResidualBlockSpec(2, 0, 1, activation, bias)], false);
            var theta = RandomCases.GaussianVector(rng, model.Graph.Layout.Count, 0.3);

            var verdict = theorem.Judge(new PointEvidence(new Instance("v", "", "test", data, model, SquaredLoss.Mean, theta)));

            // θ is random, so "critical" fails first or the φ(0) = 0 check does: either way the theorem says nothing.
            Assert.Equal(VerdictKind.Vacuous, verdict.Kind);
            Assert.Contains(verdict.Hypotheses, h => h.Name == "φ^l(0) = 0" && h.Outcome == CheckOutcome.Fails);
        }
    }
}
