using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Liu2019;
using ResNetProofs.Theorems.Planted;
using ResNetProofs.Theorems.Verdicts;
using ResNetProofs.Theorems;

namespace ResNetProofs.Tests.Liu2019;

/// <summary>The Liu et al. 2019 / Du et al. 2018 theorems and the planted plain-CNN statement on seeded teachers.</summary>
public sealed class LiuTheoremTests(ITestOutputHelper output)
{
    private static CnnTeacher Plain(double[] readout, int p = 3) =>
        new(new CnnArchitecture(p, readout.Length, ShortcutForm.None), [.. Enumerable.Range(0, p).Select(i => i == 0 ? 2.0 : 0.5)], readout);

    [Fact]
    public void Spurious_point_is_a_critical_local_minimum_inside_the_condition()
    {
        // k = 4, a* = (1, −1, 0.5, 0.2) (times ‖w*‖): π(1ᵀa*)² ≪ (k + π − 1)‖a*‖².
        var evidence = new SpuriousOptimumEvidence(Plain([1, -1, 0.5, 0.2]));

        var verdict = new SpuriousOptimumTheorem().Judge(evidence);

        output.WriteLine(verdict.ToText());
        Assert.True(verdict.Kind == VerdictKind.Confirmed, verdict.ToText());
        Assert.True(evidence.GradientNorm <= 1e-14, $"‖∇L‖ = {evidence.GradientNorm}");
        Assert.True(evidence.WitnessLossChange > 0, $"turning w towards w* changed L by {evidence.WitnessLossChange}");
        // The tangent Hessian is PSD but zero to rounding (cubic growth), which is why the certificate is third order.
        Assert.True(Math.Abs(evidence.TangentMinEigenvalue) <= 1e-12, $"tangent λ_min = {evidence.TangentMinEigenvalue}");
    }

    [Theory]
    [InlineData(0.97, true)]
    [InlineData(1.03, false)]
    public void Local_minimum_exactly_when_the_condition_holds_on_both_sides_of_the_boundary(double fraction, bool localMinimum)
    {
        // a* = (1 + t, 1 − t, c, c) scaled so that π s² = fraction·(k + π − 1)‖a*‖² (s = 1ᵀa*): search t on a line.
        int k = 4;
        double[] Readout(double t) => [1 + t, 1 - t, 0.3, 0.3];
        double Ratio(double t)
        {
            var a = Readout(t);
            double s = a.Sum(), n2 = a.Sum(x => x * x);
            return Math.PI * s * s / ((k + Math.PI - 1) * n2);
        }
        double lo = 0, hi = 50;
        for (int i = 0; i < 200; i++)
        {
            double mid = (lo + hi) / 2;
            if (Ratio(mid) > fraction) { lo = mid; } else { hi = mid; }
        }
        var evidence = new SpuriousOptimumEvidence(Plain(Readout(hi)));

        var verdict = new SpuriousOptimumTheorem().Judge(evidence);

        output.WriteLine($"ratio {Ratio(hi):F4}: {verdict.ToText()}");
        Assert.True(evidence.GradientNorm <= 1e-14, "critical on both sides");
        Assert.True(evidence.Loss > 0);
        Assert.True(evidence.ReadoutHessian.MinEigenvalue > 0.3);
        Assert.True(localMinimum == evidence.Alignment < 0, verdict.ToText());
        Assert.Equal(localMinimum, evidence.WitnessLossChange > 0);
        Assert.True((localMinimum ? VerdictKind.Confirmed : VerdictKind.Vacuous) == verdict.Kind, verdict.ToText());
        // Even outside the condition the Hessian is PSD: a second-order test could not tell the two sides apart.
        Assert.True(evidence.Hessian.MinEigenvalue >= -1e-12, $"λ_min = {evidence.Hessian.MinEigenvalue}");
    }

    [Fact]
    public void Weight_normalised_gradient_and_Hessian_match_central_differences()
    {
        var rng = new Random(21);
        var loss = new CnnPopulationLoss(LiuCases.Teacher(rng, 3, 4, ShortcutForm.None));
        var wn = new WeightNormalizedObjective(loss, 3);

        DerivativeChecks.AssertMatchesDifferences(wn, LiuCases.Gaussian(rng, wn.Dimension), output);
    }

    [Fact]
    public void Shortcut_model_escapes_from_w_zero_on_a_seeded_teacher()
    {
        var teacher = LiuCases.Teacher(5, 4, 4, ShortcutForm.AveragePooledPreActivation);
        var evidence = ShortcutEscapeEvidence.Seeded(teacher, 1.0, 3);

        var verdict = new ShortcutEscapesTheorem().Judge(evidence);

        output.WriteLine(verdict.ToText());
        Assert.Equal(VerdictKind.Confirmed, verdict.Kind);
        Assert.Equal(CnnRunOutcome.GlobalOptimum, evidence.Run.Outcome);
        Assert.True(evidence.Run.Trajectory[^1].Angle < 1e-2);
    }

    [Fact]
    public void Plain_model_from_the_same_kind_of_start_is_vacuous_for_the_shortcut_theorem()
    {
        var teacher = LiuCases.Teacher(5, 4, 4, ShortcutForm.None);
        var start = LiuCases.Gaussian(new Random(1), 8);

        var verdict = new ShortcutEscapesTheorem().Judge(new ShortcutEscapeEvidence(teacher, start, 1.0, CnnGradientDescentOptions.Default with { MaxIterations = 10 }));

        Assert.Equal(VerdictKind.Vacuous, verdict.Kind);
    }

    [Fact]
    public void Planted_plain_cnn_always_reaches_the_global_optimum_is_refuted_while_can_fail_is_confirmed()
    {
        // Teacher seed 2, p = k = 4, eight weight-normalised runs from seed 7: several end certified trapped at the spurious point.
        var teacher = CnnInitialization.Teacher(new CnnArchitecture(4, 4, ShortcutForm.None), new Random(2));
        var evidence = new PlainCnnRunsEvidence(teacher, 8, 7);

        var planted = new PlainCnnAlwaysReachesGlobalOptimum().Judge(evidence);
        var truth = new PlainCnnCanFailTheorem().Judge(evidence);

        output.WriteLine(planted.ToText());
        Assert.Equal(VerdictKind.Counterexample, planted.Kind);
        Assert.True(planted.Certified && planted.Certificate is not null, planted.ToText());
        Assert.Equal(VerdictKind.Confirmed, truth.Kind);
        Assert.Contains(evidence.Runs, r => r.Run.Outcome == CnnRunOutcome.GlobalOptimum);
    }

    [Fact]
    public void Liu_theorems_are_in_the_catalogue_and_refuse_instance_files()
    {
        foreach (var (id, status) in new[]
        {
            ("liu2019.spurious-optimum", TheoremStatus.Derived),
            ("liu2019.shortcut-escapes", TheoremStatus.Reconstructed),
            ("liu2019.plain-cnn-can-fail", TheoremStatus.Reconstructed),
            ("planted.plain-cnn-always-reaches-global-optimum", TheoremStatus.PlantedFalse),
        })
        {
            var theorem = TheoremCatalog.TryGet(id);
            Assert.NotNull(theorem);
            Assert.Equal(status, theorem.Status);
            Assert.Null(TheoremCatalog.TryGet<PointEvidence>(id));
        }
    }
}
