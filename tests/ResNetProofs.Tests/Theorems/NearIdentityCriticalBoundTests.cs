using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Yun2019;
using ResNetProofs.Theorems.Verdicts;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Theorems;

public class NearIdentityCriticalBoundTests(ITestOutputHelper output)
{
    // A near-identity teacher of the same architecture plus noise: a minimiser with small weights exists near it.
    private static Dataset Data(DeepResNet model, int n)
    {
        var rng = new Random(2019);
        var x = new double[n][];
        for (int i = 0; i < n; i++)
        {
            x[i] = RandomCases.GaussianVector(rng, 2);
        }
        var teacher = RandomCases.GaussianVector(rng, model.Graph.Layout.Count, 0.5 / Math.Sqrt(model.Depth));
        var clean = new Numerics.Derivatives.EmpiricalRisk(model, Dataset.Create(x, new double[n]), SquaredLoss.Mean).Forward(teacher).Predictions.ToArray();
        return Dataset.Create(x, clean.Select(f => f + 0.1 * RandomCases.Gaussian(rng)).ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void Refined_critical_points_never_refute_the_depth_independent_bound(int depth)
    {
        var model = new DeepResNet(2, Enumerable.Range(1, depth).Select(_ => new ResidualBlockSpec(2, 2, 1, ActivationKind.Tanh, false)).ToArray(), false);
        var data = Data(model, 30);
        var theorem = new NearIdentityCriticalBoundTheorem();
        var options = NewtonRefinementOptions.Default with { DescentSteps = 300, MaxIterations = 100 };
        double worstExcess = double.NegativeInfinity, boundAtWorst = double.NaN;
        var counts = new Dictionary<VerdictKind, int>();
        for (int start = 0; start < 3; start++)
        {
            var rng = new Random(100 * depth + start);
            var theta0 = RandomCases.GaussianVector(rng, model.Graph.Layout.Count, 0.1 / Math.Sqrt(depth));
            var risk = new Numerics.Derivatives.EmpiricalRisk(model, data, SquaredLoss.Mean);
            var refined = NewtonRefinement.Refine(risk, theta0, options);
            var at = new PointEvidence(new Instance($"near-identity-L{depth}-{start}", "", "test", data, model, SquaredLoss.Mean, refined.Theta.ToArray()), refined);

            var verdict = theorem.Judge(at);

            Assert.True(verdict.Kind != VerdictKind.Counterexample, verdict.ToText());
            // The conclusion's τ carries |(w − t*)ᵀ∇_w R|, so the inequality is sound at any θ: it must not fail even when the gate does.
            Assert.True(verdict.Conclusion.Outcome != CheckOutcome.Fails, verdict.ToText());
            counts[verdict.Kind] = counts.GetValueOrDefault(verdict.Kind) + 1;
            double excess = verdict.Numbers.Single(n => n.Name == "R - R_lin").Value;
            if (excess > worstExcess)
            {
                worstExcess = excess;
                boundAtWorst = verdict.Numbers.Single(n => n.Name.StartsWith("bound", StringComparison.Ordinal)).Value;
            }
            output.WriteLine($"L={depth} start={start}: {verdict.Kind} ({refined.StopReason}, {refined.Iterations} it, ‖∇R‖ = {refined.GradientNorm:G3}, conclusion {verdict.Conclusion.Outcome}) R−R_lin={excess:G4} bound={verdict.Numbers.Single(n => n.Name.StartsWith("bound", StringComparison.Ordinal)).Value:G4} κ={verdict.Numbers.Single(n => n.Name == "κ").Value:G4}");
        }
        output.WriteLine($"L={depth}: largest R − R_lin = {worstExcess:G6}, bound there = {boundAtWorst:G6}; verdicts {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}");
        Assert.Equal(3, counts.Values.Sum());
    }
}
