using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
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

public class ApproximateStationarityTheoremTests
{
    private static readonly ApproximateStationarityTheorem Theorem = new();

    private static readonly ActivationKind[] Activations = [ActivationKind.Relu, ActivationKind.Tanh, ActivationKind.Softplus];

    private static readonly ILoss[] Losses = [SquaredLoss.Mean, LogisticLoss.Instance, LogCoshLoss.Instance];

    // w scaled by 1 (γ usually = ε/‖w‖), by 0.01 and by 0 (γ = √(δ(δ + μM)), the second-order branch of the proof).
    private static readonly double[] ReadoutScales = [1, 0.01, 0];

    /// <summary>Instance #seed: activation, loss and w scale cycle with the seed; d = 3, k = 4, n = 12, θ ~ SeededParameters.</summary>
    private static PointEvidence RandomPoint(int seed)
    {
        var rng = new Random(seed);
        var activation = Activations[seed % 3];
        var loss = Losses[(seed / 3) % 3];
        var model = new SingleBlockResNet(3, 4, 1 + (seed % 2), activation, innerBias: true, outputBias: false);
        var theta = SeededParameters.Draw(model.Graph.Layout, seed);
        foreach (ref double w in model.W.Slice(theta.AsSpan()))
        {
            w *= ReadoutScales[(seed / 9) % 3];
        }
        var data = RandomCases.Data(rng, 12, 3, loss);
        return new PointEvidence(new Instance($"random-{seed}", "", "test", data, model, loss, theta));
    }

    [Fact]
    public void Is_confirmed_at_120_random_points_for_relu_tanh_and_softplus()
    {
        var kinds = new Dictionary<VerdictKind, int>();
        int secondOrderBranch = 0;
        double smallestRelativeMargin = double.PositiveInfinity, tightest = 0;
        for (int seed = 0; seed < 120; seed++)
        {
            var at = RandomPoint(seed);
            Assert.Null(Theorem.Inapplicable(at));
            var verdict = Theorem.Judge(at);
            kinds[verdict.Kind] = kinds.GetValueOrDefault(verdict.Kind) + 1;
            Assert.True(verdict.Kind == VerdictKind.Confirmed, $"seed {seed}: {verdict.ToText()}");
            var b = ApproximateStationarityBound.At(at);
            secondOrderBranch += b.Gamma == b.SecondOrderGamma ? 1 : 0;
            smallestRelativeMargin = Math.Min(smallestRelativeMargin, verdict.Conclusion.Margin / verdict.Conclusion.Tolerance);
            tightest = Math.Max(tightest, (b.Risk - b.BaselineRisk) / (b.Bound - b.BaselineRisk));
        }
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"verdicts: {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))}; γ from the second-order branch at {secondOrderBranch}; smallest margin/τ {smallestRelativeMargin:G3}; largest (R − R_lin(u))/(bound − R_lin(u)) {tightest:G3}");
        Assert.True(secondOrderBranch >= 40, $"the second-order branch was active only {secondOrderBranch} times");
    }

    [Fact]
    public void Second_order_step_of_the_proof_holds_at_random_points()
    {
        // The derivation's core: along (u′, −s u′gᵀ/‖g‖) with u′ ⊥ w, λ_min ≥ −δ gives ‖g‖ ≤ √(δ(δ + μM)).
        double tightest = 0;
        for (int seed = 0; seed < 60; seed++)
        {
            var b = ApproximateStationarityBound.At(RandomPoint(seed));
            Assert.True(b.CorrelationNorm <= b.SecondOrderGamma * (1 + 1e-6) + 1e-12, $"seed {seed}: ‖g‖ = {b.CorrelationNorm} > √(δ(δ + μM)) = {b.SecondOrderGamma}");
            tightest = Math.Max(tightest, b.CorrelationNorm / b.SecondOrderGamma);
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"largest ‖g‖/√(δ(δ + μM)): {tightest:G4}");
    }

    [Theory]
    [InlineData(ActivationKind.Relu, 0)]
    [InlineData(ActivationKind.Tanh, 1)]
    [InlineData(ActivationKind.Softplus, 2)]
    public void At_a_first_order_stationary_point_with_w_zero_only_the_second_order_branch_saves_the_bound(ActivationKind activation, int lossIndex)
    {
        // w = 0 and V = −c gᵀ/‖g‖² with c = (1/n)Σ ℓ′(0; y_i) x_i and g = (1/n)Σ ℓ′(0; y_i) F(x_i) make ∇_w R = c + Vg = 0 and
        // ∇_V R = w gᵀ = 0, so ε = 0 while R = R(f ≡ 0) > R_lin. Without ‖u‖‖V‖₂γ the bound would say R ≤ R_lin(u): false.
        var loss = Losses[lossIndex];
        var model = new SingleBlockResNet(3, 4, 1, activation, innerBias: true, outputBias: false);
        var data = RandomCases.Data(new Random(40 + lossIndex), 12, 3, loss);
        var theta = SeededParameters.Draw(model.Graph.Layout, 40 + lossIndex);
        model.W.Slice(theta.AsSpan()).Clear();
        var forward = new EmpiricalRisk(model, data, loss).Forward(theta);
        var c = new double[3];
        var g = new double[4];
        for (int i = 0; i < 12; i++)
        {
            double slope = loss.First(0, data.Target(i)) / 12;
            for (int a = 0; a < 3; a++)
            {
                c[a] += slope * data.Input(i)[a];
            }
            var inner = forward.Node(model.InnerNetworkNode, i, 4);
            for (int j = 0; j < 4; j++)
            {
                g[j] += slope * inner[j];
            }
        }
        double g2 = RandomCases.VectorDot(g, g);
        var v = model.V.Slice(theta.AsSpan());
        for (int a = 0; a < 3; a++)
        {
            for (int j = 0; j < 4; j++)
            {
                v[a * 4 + j] = -c[a] * g[j] / g2;
            }
        }
        var at = new PointEvidence(new Instance("stationary-w0", "", "test", data, model, loss, theta));
        var b = ApproximateStationarityBound.At(at);
        var verdict = Theorem.Judge(at);

        Assert.True(b.GradientNorm < 1e-14, $"ε = {b.GradientNorm}");
        Assert.True(b.CurvatureDeficit > 1e-3, $"δ = {b.CurvatureDeficit}");
        Assert.True(b.Risk > b.BaselineRisk + 1e-3, $"R = {b.Risk}, R_lin = {b.BaselineRisk}");
        Assert.True(verdict.Kind == VerdictKind.Confirmed, verdict.ToText());
        Assert.True(b.Risk - b.BaselineRisk <= b.BaselineNorm * b.ResidualNorm * b.SecondOrderGamma);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"R − R_lin(u) = {b.Risk - b.BaselineRisk:G4} ≤ ‖u‖‖V‖₂γ = {b.Bound - b.BaselineRisk:G4}; margin {verdict.Conclusion.Margin:G4}, τ = {verdict.Conclusion.Tolerance:G3}");
    }

    [Fact]
    public void The_verdict_is_decided_by_enclosures_that_contain_the_float_bound()
    {
        var at = RandomPoint(4);
        var b = ApproximateStationarityBound.At(at);

        var verdict = Theorem.Judge(at);

        Assert.Equal((VerdictKind.Confirmed, true), (verdict.Kind, verdict.Certified));
        Assert.True(b.BoundEnclosure.Contains(b.Bound), $"bound {b.Bound} outside {b.BoundEnclosure}");
        Assert.True(b.RiskEnclosure.Contains(b.Risk), $"R {b.Risk} outside {b.RiskEnclosure}");
    }

    [Fact]
    public void Gradient_norm_is_the_readout_and_residual_blocks_of_the_exact_gradient()
    {
        var at = RandomPoint(4);
        var b = ApproximateStationarityBound.At(at);
        var full = at.Gradient;
        var model = (SingleBlockResNet)at.Model;
        double expected = RandomCases.Norm([.. model.W.Slice(full), .. model.V.Slice(full)]);
        Assert.Equal(expected, b.GradientNorm, 1e-14);
        Assert.Equal(at.Value, b.Risk);
    }

    [Fact]
    public void Feature_moment_is_the_mean_outer_product_of_the_block_output()
    {
        var at = RandomPoint(7);
        var h = at.Risk.Features(at.Theta);
        var s = FeatureSecondMoment.At(at.Risk, at.Theta);
        for (int a = 0; a < 3; a++)
        {
            for (int c = 0; c < 3; c++)
            {
                double expected = Enumerable.Range(0, 12).Sum(i => h[i * 3 + a] * h[i * 3 + c]) / 12;
                Assert.Equal(expected, s[a, c], 1e-13);
            }
        }
    }

    [Fact]
    public void One_input_dimension_is_vacuous()
    {
        var model = new SingleBlockResNet(1, 2, 1, ActivationKind.Tanh, true, false);
        var data = Dataset.Create([[0.5], [-1.0], [2.0]], [1.0, 0.0, 1.5]);
        var at = new PointEvidence(new Instance("d1", "", "test", data, model, SquaredLoss.Half, SeededParameters.Draw(model.Graph.Layout, 3)));
        var verdict = Theorem.Judge(at);
        Assert.Equal(VerdictKind.Vacuous, verdict.Kind);
        Assert.Contains("d ≥ 2", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_bias_and_deep_models_are_inapplicable()
    {
        var data = Dataset.Create([[0.5, 1.0], [-1.0, 0.2], [2.0, -0.3]], [1.0, 0.0, 1.5]);
        var biased = new SingleBlockResNet(2, 2, 1, ActivationKind.Tanh, true, true);
        var deep = new DeepResNet(2, [new ResidualBlockSpec(2, 0, 1, ActivationKind.Tanh, true), new ResidualBlockSpec(2, 2, 1, ActivationKind.Tanh, true)], false);
        var shallow = new DeepResNet(2, [new ResidualBlockSpec(2, 0, 1, ActivationKind.Tanh, true)], false);
        Assert.Contains("output bias", Inapplicable(biased, data), StringComparison.Ordinal);
        Assert.Contains("L = 2", Inapplicable(deep, data), StringComparison.Ordinal);
        Assert.Null(Inapplicable(shallow, data));
    }

    [Fact]
    public void Joins_the_catalogue_as_derived()
    {
        var theorem = TheoremCatalog.TryGet("shamir2018.approximate-stationarity");
        Assert.NotNull(theorem);
        Assert.Equal(TheoremStatus.Derived, theorem.Status);
    }

    private static string? Inapplicable(IModel model, Dataset data) =>
        Theorem.Inapplicable(new PointEvidence(new Instance("m", "", "test", data, model, SquaredLoss.Half, SeededParameters.Draw(model.Graph.Layout, 1))));
}
