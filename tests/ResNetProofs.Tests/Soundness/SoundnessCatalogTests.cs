using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Yun2019;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Soundness;

/// <summary>
/// Issue 11's soundness catalogue held against the judge: on every adversarial instance, every theorem of
/// <see cref="TheoremCatalog.All"/> that applies and is not planted false must not say Counterexample, neither on θ as
/// given nor after NewtonRefinement (as `check --refine` does). The truths behind the instances are verified first, exactly.
/// </summary>
public sealed class SoundnessCatalogTests
{
    /// <summary>(case, theorem) pairs of one family, θ as given.</summary>
    public static TheoryData<string, string> Pairs(string family) => PairsOf(family, refine: false);

    /// <summary>(case, theorem) pairs of one family whose case is meant for the refinement path.</summary>
    public static TheoryData<string, string> RefinedPairs(string family) => PairsOf(family, refine: true);

    /// <summary>Every case name.</summary>
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in AdversarialInstances.All)
        {
            data.Add(c.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs), "w0-saddle")]
    public void No_true_theorem_says_Counterexample_at_a_w_zero_saddle(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: false);

    [Theory]
    [MemberData(nameof(RefinedPairs), "w0-saddle")]
    public void No_true_theorem_says_Counterexample_after_refining_a_w_zero_saddle(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: true);

    [Theory]
    [MemberData(nameof(Pairs), "linear-critical")]
    public void No_true_theorem_says_Counterexample_at_an_offset_linear_critical_point(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: false);

    [Theory]
    [MemberData(nameof(RefinedPairs), "linear-critical")]
    public void No_true_theorem_says_Counterexample_after_refining_an_offset_linear_critical_point(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: true);

    [Theory]
    [MemberData(nameof(Pairs), "tie")]
    public void No_true_theorem_says_Counterexample_at_an_exact_tie(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: false);

    [Theory]
    [MemberData(nameof(RefinedPairs), "tie")]
    public void No_true_theorem_says_Counterexample_after_refining_an_exact_tie(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: true);

    [Theory]
    [MemberData(nameof(Pairs), "off-critical")]
    public void No_true_theorem_says_Counterexample_a_hair_off_a_critical_point(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: false);

    [Theory]
    [MemberData(nameof(RefinedPairs), "off-critical")]
    public void No_true_theorem_says_Counterexample_after_refining_from_a_hair_off_a_critical_point(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: true);

    [Theory]
    [MemberData(nameof(Pairs), "kink")]
    public void No_true_theorem_says_Counterexample_near_a_relu_kink_at_a_data_point(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: false);

    [Theory]
    [MemberData(nameof(RefinedPairs), "kink")]
    public void No_true_theorem_says_Counterexample_after_refining_near_a_relu_kink(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: true);

    [Theory]
    [MemberData(nameof(Pairs), "coverage")]
    public void No_true_theorem_says_Counterexample_under_near_singular_coverage(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: false);

    [Theory]
    [MemberData(nameof(RefinedPairs), "coverage")]
    public void No_true_theorem_says_Counterexample_after_refining_under_near_singular_coverage(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: true);

    [Theory]
    [MemberData(nameof(Pairs), "saturated")]
    public void No_true_theorem_says_Counterexample_with_saturated_activations_or_margins(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: false);

    [Theory]
    [MemberData(nameof(RefinedPairs), "saturated")]
    public void No_true_theorem_says_Counterexample_after_refining_with_saturated_activations(string caseName, string theoremId) => AssertNotCounterexample(caseName, theoremId, refine: true);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_recorded_truth_of_every_adversarial_instance_is_verified_independently(string caseName)
    {
        var c = AdversarialInstances.Named(caseName);

        var checks = c.Verify();

        Assert.NotEmpty(checks);
        var failed = checks.Where(t => !t.Holds).ToList();
        Assert.True(failed.Count == 0, $"{caseName}: truth not verified:\n" + string.Join("\n", failed.Select(t => $"  {t.Claim}: {t.Detail}")));
    }

    [Fact]
    public void Every_adversarial_instance_is_small()
    {
        foreach (var c in AdversarialInstances.All)
        {
            var i = c.Instance;
            Assert.True(i.Data.Count <= 12 && i.Data.Dimension <= 3 && i.Parameters.Length <= 60, $"{c.Name}: n = {i.Data.Count}, d = {i.Data.Dimension}, P = {i.Parameters.Length}");
        }
    }

    [Fact]
    public void Representation_coverage_is_not_judged_to_fail_when_saturated_logistic_curvature_is_tiny_but_positive()
    {
        var c = AdversarialInstances.Named("saturated/logistic/deep-resnet/L1/margin-28");

        var coverage = DeepCriticalPointsTheorem.RepresentationCoverage(new PointEvidence(c.Instance));

        Assert.True(coverage.Outcome != CheckOutcome.Fails, "λ_min(M) > 0 exactly (M diagonal, every ℓ″ > 0), but the check says it fails: " + coverage.Describe());
    }

    [Fact]
    public void Exact_rationals_round_trip_every_kind_of_double()
    {
        double[] values = [0, 1, -1, 0.1, -2.5e-7, 1e6 + 0.3, 1e8, 1e300, -1e-300, double.Epsilon, -double.Epsilon, 2.2250738585072014e-308, 2.225073858507201e-308, double.MaxValue, Math.PI];

        foreach (double x in values)
        {
            Assert.Equal(x, ExactRational.FromDouble(x).ToDouble());
        }
    }

    [Fact]
    public void Exact_rational_arithmetic_is_exact_and_rounds_to_nearest()
    {
        var third = ExactRational.Create(1, 3);
        var tenth = ExactRational.FromDouble(0.1);

        Assert.Equal(ExactRational.One, third + third + third);
        Assert.Equal(1.0 / 3, third.ToDouble());
        Assert.NotEqual(ExactRational.Create(1, 10), tenth); // 0.1 is not 1/10
        Assert.Equal(ExactRational.Create(3602879701896397, System.Numerics.BigInteger.Pow(2, 55)), tenth);
        Assert.Equal(0.30000000000000004, (tenth + ExactRational.FromDouble(0.2)).ToDouble()); // exact 0.1 + 0.2 rounds to the float sum here
        Assert.True(ExactRational.FromDouble(1e-300) > ExactRational.Zero);
        Assert.Equal(-0.75, (ExactRational.FromDouble(-1.5) / ExactRational.FromInteger(2)).ToDouble());
        // Round half to even: 1 + 2^-53 is halfway between 1 and 1 + 2^-52.
        var half = ExactRational.One + ExactRational.Create(1, System.Numerics.BigInteger.Pow(2, 53));
        Assert.Equal(1.0, half.ToDouble());
    }

    [Fact]
    public void Exact_risk_equals_the_float_risk_and_gradient_on_a_benign_instance()
    {
        var model = new DeepResNet(2, [new ResidualBlockSpec(2, 0, 1, ActivationKind.Relu, true), new ResidualBlockSpec(2, 1, 1, ActivationKind.Identity, false)], outputBias: true);
        var theta = Enumerable.Range(0, model.Graph.Layout.Count).Select(k => 0.3 + (0.17 * Math.Sin(k + 1))).ToArray();
        var data = Dataset.Create([[0.5, -1.2], [1.1, 0.3], [-0.7, 2.0], [2.2, 1.4], [-1.3, -0.4]], [0.4, -0.8, 1.5, 0.2, -1.1]);
        var instance = new Instance("benign", "", "", data, model, SquaredLoss.Half, theta);
        var risk = instance.CreateRisk();
        var gradient = new double[theta.Length];
        double value = risk.ValueAndGradient(theta, gradient);

        double exact = ExactRisk.Value(instance).ToDouble();
        var exactGradient = ExactRisk.Gradient(instance).Select(g => g.ToDouble()).ToArray();

        Assert.True(Math.Abs(exact - value) <= 1e-12 * Math.Abs(exact), $"exact R = {exact:R}, float R = {value:R}");
        double scale = exactGradient.Max(Math.Abs);
        for (int k = 0; k < theta.Length; k++)
        {
            Assert.True(Math.Abs(exactGradient[k] - gradient[k]) <= 1e-12 * scale, $"∂R/∂θ[{k}]: exact {exactGradient[k]:R}, float {gradient[k]:R}");
        }
    }

    [Fact]
    public void Exact_second_directional_derivative_equals_the_float_hessian_form()
    {
        var c = AdversarialInstances.Named("w0-saddle/deep-resnet/L2/relu/d2");
        var p = c.Instance.Parameters.Length;
        var v = Enumerable.Range(0, p).Select(k => ExactRational.FromDouble(((k * 7) % 5) - 2.0)).ToArray();
        var h = c.Instance.CreateRisk().Hessian(c.Instance.Parameters);
        var vd = Vector<double>.Build.DenseOfArray(v.Select(x => x.ToDouble()).ToArray());

        double exact = ExactRisk.AlongLine(c.Instance, c.Instance.Parameters, v).SecondDerivative.ToDouble();
        double floating = vd * (h * vd);

        Assert.True(Math.Abs(exact - floating) <= 1e-10 * Math.Max(1, Math.Abs(exact)), $"exact vᵀHv = {exact:R}, float {floating:R}");
    }

    [Fact]
    public void Exact_least_squares_equals_mathnet_on_a_well_conditioned_case()
    {
        double[][] x = [[1, 0.5], [2, -1], [0.3, 1.7], [-1.2, 0.4], [0.8, 2.2], [1.5, -0.6]];
        double[] y = [1.1, -0.4, 2.3, 0.2, 1.9, -0.7];
        var data = Dataset.Create(x.Select(r => (IReadOnlyList<double>)r).ToArray(), y);
        var a = Matrix<double>.Build.Dense(6, 3, (i, k) => k < 2 ? x[i][k] : 1);
        var expected = a.QR().Solve(Vector<double>.Build.DenseOfArray(y));

        var exact = ExactLeastSquares.Solve(data, withBias: true);

        Assert.Equal(expected[0], exact.Weights[0].ToDouble(), 12);
        Assert.Equal(expected[1], exact.Weights[1].ToDouble(), 12);
        Assert.Equal(expected[2], exact.Bias.ToDouble(), 12);
        double residual = (a * expected - Vector<double>.Build.DenseOfArray(y)).L2Norm();
        Assert.Equal(residual * residual / 6, exact.MeanSquaredResidual.ToDouble(), 12);
        Assert.Equal(3, exact.Rank);
    }

    [Fact]
    public void Exact_least_squares_finds_the_minimum_with_a_duplicated_column()
    {
        var data = Dataset.Create([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]], [3.0, 2.0, 7.0]);

        var exact = ExactLeastSquares.Solve(data, withBias: false);

        Assert.Equal(1, exact.Rank);
        Assert.Equal(ExactRational.FromInteger(2), exact.MeanSquaredResidual); // (1 + 4 + 1)/3
    }

    [Fact]
    public void Logistic_curvature_second_method_agrees_with_the_stable_formula_where_s_times_one_minus_s_fails()
    {
        foreach (double z in new[] { 0.5, 5, 20, 28.4, 30, 37, 40 })
        {
            double stable = AdversarialInstances.StableLogisticCurvature(z);
            double series = AdversarialInstances.SeriesLogisticCurvature(z);
            Assert.True(Math.Abs(stable - series) <= 1e-12 * stable, $"z = {z}: stable {stable:R}, series {series:R}");
        }
        // The cancellation the catalogue targets is fixed: ℓ″ at yp = 40 was s(1 − s) = 0 exactly; now it is the stable value.
        double atForty = AdversarialInstances.SeriesLogisticCurvature(40);
        Assert.True(Math.Abs(LogisticLoss.Instance.Second(40, 1) - atForty) <= 1e-14 * atForty, $"ℓ″(40) = {LogisticLoss.Instance.Second(40, 1):R}");
    }

    /// <summary>
    /// Theorems whose verdict depends on the data (and depth) only, never on θ: yun2019.rademacher judges the class F_L on the
    /// sample S. Its refined row would repeat the given-θ row exactly, so the refinement theories leave it out (to stay fast).
    /// </summary>
    private static readonly HashSet<string> ThetaIndependent = new(StringComparer.Ordinal) { "yun2019.rademacher" };

    private static TheoryData<string, string> PairsOf(string family, bool refine)
    {
        var data = new TheoryData<string, string>();
        foreach (var c in AdversarialInstances.All.Where(c => c.Family == family && (!refine || c.Refine)))
        {
            var at = new PointEvidence(c.Instance);
            foreach (var t in TheoremCatalog.All.OfType<ITheorem<PointEvidence>>().Where(t => t.Status != TheoremStatus.PlantedFalse && t.Inapplicable(at) is null && !(refine && ThetaIndependent.Contains(t.Id))))
            {
                data.Add(c.Name, t.Id);
            }
        }
        return data;
    }

    private static void AssertNotCounterexample(string caseName, string theoremId, bool refine)
    {
        var c = AdversarialInstances.Named(caseName);
        var theorem = TheoremCatalog.TryGet<PointEvidence>(theoremId)!;
        var at = PointEvidence.Build(c.Instance, refine ? NewtonRefinementOptions.Default : null);
        Assert.Null(theorem.Inapplicable(at));

        var verdict = theorem.Judge(at);

        Assert.True(verdict.Kind != VerdictKind.Counterexample,
            $"{theoremId} says Counterexample on '{caseName}'{(refine ? " after refinement (" + at.Refinement!.StopReason + ")" : "")}, whose truth is: {c.Truth}\n{verdict.ToText()}");
    }
}
