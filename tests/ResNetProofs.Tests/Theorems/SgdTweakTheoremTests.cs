using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Shamir2018;
using ResNetProofs.Theorems.Verdicts;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Theorems;

public class SgdTweakTheoremTests
{
    private static readonly SgdTweakTheorem Theorem = new();

    private static readonly ActivationKind[] Activations = [ActivationKind.Relu, ActivationKind.Tanh, ActivationKind.Softplus];

    /// <summary>Sequence #seed: T = 40, d = 3, k = 4, labels ±1 for logistic; θ_t drawn afresh each step (seeds 1000·seed + t).</summary>
    private static (PointEvidence At, IReadOnlyList<double[]> Thetas) RandomSequence(int seed, ILoss loss, int steps = 40)
    {
        var rng = new Random(seed);
        var model = new SingleBlockResNet(3, 4, 1 + (seed % 2), Activations[seed % 3], innerBias: true, outputBias: false);
        var data = RandomCases.Data(rng, steps, 3, loss);
        var thetas = Enumerable.Range(0, steps).Select(t => SeededParameters.Draw(model.Graph.Layout, (1000 * seed) + t)).ToArray();
        var at = new PointEvidence(new Instance($"sequence-{seed}", "", "test", data, model, loss, thetas[0]));
        return (at, thetas);
    }

    [Fact]
    public void Is_confirmed_on_60_random_logistic_sequences_with_varying_inner_networks()
    {
        var kinds = new Dictionary<VerdictKind, int>();
        double smallestMargin = double.PositiveInfinity, smallestRatio = double.PositiveInfinity;
        for (int seed = 0; seed < 60; seed++)
        {
            var (at, thetas) = RandomSequence(seed, LogisticLoss.Instance);
            var run = new OnlineRunEvidence(at, new OnlineRunOptions { Radius = 0.5 + (seed % 4), ParameterSequence = thetas });
            var verdict = Theorem.Judge(run);
            kinds[verdict.Kind] = kinds.GetValueOrDefault(verdict.Kind) + 1;
            Assert.True(verdict.Kind == VerdictKind.Confirmed, $"seed {seed}: {verdict.ToText()}");
            smallestMargin = Math.Min(smallestMargin, verdict.Conclusion.Margin - verdict.Conclusion.Tolerance);
            // How much of the slack DG/√T the run used: (A − min)/(DG/√T) ≤ 1 is the theorem.
            double slack = run.Run.Radius * run.Run.GradientBound / Math.Sqrt(run.Run.Steps);
            smallestRatio = Math.Min(smallestRatio, 1 - ((run.Run.AverageLoss - run.Comparator.LowerBound) / slack));
        }
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"verdicts: {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))}; smallest (lower-end margin − τ) {smallestMargin:G4}; smallest unused fraction of DG/√T {smallestRatio:G4}");
    }

    [Fact]
    public void Fixed_theta_and_default_options_are_confirmed()
    {
        var (at, _) = RandomSequence(5, LogisticLoss.Instance);
        var verdict = Theorem.Judge(at);
        Assert.Equal(VerdictKind.Confirmed, verdict.Kind);
        Assert.Equal(1.0, verdict.Numbers.Single(n => n.Name == "D").Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Unbounded_slope_uses_a_self_consistent_realised_bound(int seed)
    {
        var (at, thetas) = RandomSequence(seed, SquaredLoss.Half);
        var run = new OnlineRunEvidence(at, new OnlineRunOptions { ParameterSequence = thetas });
        Assert.True(run.Run.MaxGradientNorm <= run.Run.GradientBound * (1 - OnlineRunEvidence.GradientBoundRoom));
        Assert.Equal(VerdictKind.Confirmed, Theorem.Judge(run).Kind);
    }

    [Fact]
    public void A_gradient_bound_below_the_realised_gradients_is_vacuous()
    {
        var (at, thetas) = RandomSequence(3, LogisticLoss.Instance);
        var verdict = Theorem.Judge(new OnlineRunEvidence(at, new OnlineRunOptions { GradientBound = 0.01, ParameterSequence = thetas }));
        Assert.Equal(VerdictKind.Vacuous, verdict.Kind);
        Assert.Contains("bounded gradients", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_regret_term_the_statement_fails_on_most_sequences()
    {
        // Sensitivity: (1/T)Σℓ_t ≤ min_{‖u‖≤D} (1/T)Σℓ(uᵀx_t) alone is false for OGD started at 0 (it pays log 2 early on).
        int refuted = 0;
        for (int seed = 0; seed < 20; seed++)
        {
            var (at, thetas) = RandomSequence(seed, LogisticLoss.Instance);
            var run = new OnlineRunEvidence(at, new OnlineRunOptions { ParameterSequence = thetas });
            refuted += run.Run.AverageLoss > run.Comparator.Value + 1e-12 ? 1 : 0;
        }
        Assert.True(refuted >= 10, $"refuted on only {refuted} of 20");
    }

    [Fact]
    public void Bracketed_check_decides_only_beyond_the_bracket()
    {
        // r ∈ [1, 2]: left 0.5 holds, 2.5 fails, 1.5 is undecided (it depends on where in the bracket r lies).
        Assert.Equal(CheckOutcome.Holds, BracketedCheck.AtMost("b", "l ≤ r", 0.5, 1, 2, 1e-9, "test").Outcome);
        Assert.Equal(CheckOutcome.Fails, BracketedCheck.AtMost("b", "l ≤ r", 2.5, 1, 2, 1e-9, "test").Outcome);
        Assert.Equal(CheckOutcome.Undecided, BracketedCheck.AtMost("b", "l ≤ r", 1.5, 1, 2, 1e-9, "test").Outcome);
        Assert.Equal(CheckOutcome.Undecided, BracketedCheck.AtMost("b", "l ≤ r", 1 - 1e-10, 1, 2, 1e-9, "test").Outcome);
    }

    [Fact]
    public void Per_step_parameters_change_the_features()
    {
        var (at, thetas) = RandomSequence(2, LogisticLoss.Instance);
        var varying = new OnlineRunEvidence(at, new OnlineRunOptions { ParameterSequence = thetas });
        var fixedTheta = new OnlineRunEvidence(at);
        Assert.Equal(fixedTheta.Features.AsSpan(0, 4).ToArray(), varying.Features.AsSpan(0, 4).ToArray());
        Assert.NotEqual(fixedTheta.Features.AsSpan(4, 4).ToArray(), varying.Features.AsSpan(4, 4).ToArray());
    }

    [Fact]
    public void Rejects_a_parameter_list_of_the_wrong_length()
    {
        var (at, thetas) = RandomSequence(2, LogisticLoss.Instance);
        var error = Assert.Throws<ArgumentException>(() => new OnlineRunEvidence(at, new OnlineRunOptions { ParameterSequence = thetas.Take(39).ToArray() }));
        Assert.Contains("T = 40", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Needs_a_single_block_and_joins_the_catalogue_as_reconstructed()
    {
        var model = new OneHiddenLayerNetwork(2, 3, ActivationKind.Tanh, true, true);
        var data = Dataset.Create([[0.5, 1.0], [-1.0, 0.2]], [1.0, -1.0]);
        var at = new PointEvidence(new Instance("fc", "", "test", data, model, LogisticLoss.Instance, SeededParameters.Draw(model.Graph.Layout, 1)));
        Assert.NotNull(Theorem.Inapplicable(at));
        Assert.Equal(TheoremStatus.Reconstructed, TheoremCatalog.TryGet("shamir2018.sgd-tweak")!.Status);
    }
}
