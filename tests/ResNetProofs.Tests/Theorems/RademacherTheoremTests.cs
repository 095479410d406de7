using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Support;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Yun2019;
using ResNetProofs.Theorems.Planted;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Theorems;

public class RademacherTheoremTests(ITestOutputHelper output)
{
    // n = 4 unit vectors in R², a square: the linear members alone give E‖(1/4)Σσ_i x_i‖ = 1/4 + √2/8 ≈ 0.427 > 0.25 (= 0.5·1/√4).
    private static Dataset Square() => Dataset.Create([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]], [0.0, 0.0, 0.0, 0.0]);

    // K = 2000 with L = 1 (B = 2·mean‖x‖ = 2): Hoeffding's term 2·√(ln 1000/4000) ≈ 0.083, so a mean above ≈ 0.333 refutes 0.25.
    private static RademacherEvidence SquareEvidence() =>
        new(Square(), RademacherAscentOptions.Default with { Depth = 1, Width = 4, SignVectors = 2000, Restarts = 4, Steps = 100, Seed = 7 });

    [Fact]
    public void Planted_half_constant_is_refuted_on_four_unit_points_while_e_squared_is_confirmed()
    {
        var evidence = SquareEvidence();

        var planted = new RademacherHalfConstant().Judge(evidence);
        var truth = new RademacherTheorem().Judge(evidence);

        output.WriteLine(planted.ToText());
        output.WriteLine(truth.ToText());
        Assert.True(planted.Kind == VerdictKind.Counterexample, planted.ToText());
        Assert.True(planted.Certified, planted.ToText());
        Assert.Contains(planted.Certificate!.Enclosures, e => e.Lo <= 0.25 + (Math.Sqrt(2) / 8) && 0.25 + (Math.Sqrt(2) / 8) <= e.Hi);
        Assert.True(truth.Kind == VerdictKind.Confirmed, truth.ToText());
        Assert.True(evidence.Result.Mean >= 0.427 - 1e-9, $"mean {evidence.Result.Mean} below the linear members' value");
        Assert.Equal(16, evidence.Result.DistinctPatterns);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Random_members_satisfy_the_norm_bound(int depth)
    {
        var rng = new Random(31 * depth);
        var family = new ResidualRademacherClass(3, depth, 4);
        double worst = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            var theta = family.DrawMember(rng);
            var x = Enumerable.Range(0, 5).Select(_ => RandomCases.GaussianVector(rng, 3)).ToArray();
            var f = new EmpiricalRisk(family.Model, Dataset.Create(x, new double[5]), LinearLoss.Instance).Forward(theta).Predictions;
            for (int i = 0; i < x.Length; i++)
            {
                double ratio = Math.Abs(f[i]) / RandomCases.Norm(x[i]);
                worst = Math.Max(worst, ratio);
                Assert.True(ratio <= family.GrowthFactor * (1 + 1e-12), $"|f(x)|/‖x‖ = {ratio} > (1 + 1/L)^L = {family.GrowthFactor}");
            }
        }
        output.WriteLine($"L = {depth}: max |f(x)|/‖x‖ = {worst:G4} ≤ {family.GrowthFactor:G4}");
    }

    [Fact]
    public void Projection_keeps_every_block_inside_its_ball()
    {
        var rng = new Random(4);
        var family = new ResidualRademacherClass(2, 3, 3);
        var theta = family.Project(RandomCases.GaussianVector(rng, family.Model.Graph.Layout.Count, 5.0));

        foreach (var (name, radius) in family.Constraints())
        {
            Assert.True(RandomCases.Norm(family.Model.Graph.Layout[name].Slice(theta)) <= radius, name);
        }
    }

    [Fact]
    public void Theorem_is_confirmed_on_a_deep_resnet_instance_with_default_settings()
    {
        var rng = new Random(8);
        var data = RandomCases.Data(rng, 12, 3, SquaredLoss.Mean);
        var model = new DeepResNet(3, [new ResidualBlockSpec(2, 0, 1, ActivationKind.Tanh, false), new ResidualBlockSpec(2, 2, 1, ActivationKind.Tanh, false), new ResidualBlockSpec(2, 2, 1, ActivationKind.Tanh, false)], false);
        var at = new PointEvidence(new Instance("r", "", "test", data, model, SquaredLoss.Mean, RandomCases.GaussianVector(rng, model.Graph.Layout.Count)));
        var theorem = new RademacherTheorem();

        Assert.Null(theorem.Inapplicable(at));
        var verdict = theorem.Judge(at);

        output.WriteLine(verdict.ToText());
        Assert.Equal(VerdictKind.Confirmed, verdict.Kind);
        Assert.Equal(3, verdict.Numbers.Single(n => n.Name == "L").Value);
        Assert.Equal(RademacherEvidence.DefaultAlpha, verdict.Numbers.Single(n => n.Name == "α").Value);
    }
}
