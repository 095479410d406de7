using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Gulcu;
using ResNetProofs.Theorems.Planted;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Gulcu;

/// <summary>The Gulcu checks on seeded generated instances: confirmed when wide, sound (never a false Counterexample) when tiny; the planted width-one statement refuted.</summary>
public sealed class GulcuTheoremTests
{
    private static readonly GulcuOptions Wide = new() { Samples = 8, Width = 32, Depth = 2, Seed = 1 };

    [Fact]
    public void Jacobian_full_rank_is_confirmed_for_a_wide_network()
    {
        var verdict = new JacobianFullRankTheorem().Judge(GulcuEvidence.Generate(Wide));

        Assert.Equal(VerdictKind.Confirmed, verdict.Kind);
        Assert.All(verdict.Gates, g => Assert.True(g.Passed, g.Describe()));
    }

    [Fact]
    public void Jacobian_full_rank_with_fewer_parameters_than_samples_is_vacuous_and_its_conclusion_fails_exactly()
    {
        // m = 1, d = 3, H = 1: P = 3 < n = 8, so rank J ≤ 3 and λ_min(J Jᵀ) = 0 exactly.
        var verdict = new JacobianFullRankTheorem().Judge(GulcuEvidence.Generate(new GulcuOptions { Samples = 8, Dimension = 3, Width = 1, Depth = 1 }));

        Assert.Equal(VerdictKind.Vacuous, verdict.Kind);
        Assert.Equal(CheckOutcome.Fails, verdict.Conclusion.Outcome);
    }

    [Fact]
    public void Rank_deficient_gram_eigenvalue_is_never_reported_positive()
    {
        // m = 2, d = 2, H = 1: P = 4 < 8 but the eigenvalue route alone must not call λ̂_min ≈ 1e−17 positive.
        var e = GulcuEvidence.Generate(new GulcuOptions { Samples = 8, Dimension = 2, Width = 2, Depth = 1 });
        double tau = VerdictTolerances.Eigenvalue(e.Spectrum.Norm, e.Spectrum.ErrorBounds[0] + e.GramRounding);

        Assert.True(Math.Abs(e.Spectrum.MinEigenvalue) <= tau, $"λ̂_min = {e.Spectrum.MinEigenvalue}, τ = {tau}");
    }

    [Fact]
    public void Linear_convergence_is_confirmed_along_a_wide_run_and_the_loss_decreases()
    {
        var e = GulcuEvidence.Generate(Wide);

        var verdict = new LinearConvergenceTheorem().Judge(e);

        Assert.Equal(ExitCondition.TargetReached, e.Run.StopReason);
        Assert.True(e.Run.Losses.Zip(e.Run.Losses.Skip(1)).All(p => p.Second < p.First), "GD loss must decrease at every step");
        Assert.Equal(VerdictKind.Confirmed, verdict.Kind);
    }

    [Fact]
    public void Linear_convergence_with_an_overlong_step_is_never_a_counterexample()
    {
        // η = 1.9/λ_max(G₀): the step-size hypothesis η(λ_max + λ_min) ≤ 2 fails or is borderline; the verdict must not be Counterexample.
        var e = GulcuEvidence.Generate(Wide with { Descent = new GradientDescentOptions { StepFraction = 1.9, MaxSteps = 100, TargetLoss = 1e-10, TrackSpectrum = true } });

        var verdict = new LinearConvergenceTheorem().Judge(e);

        Assert.NotEqual(VerdictKind.Counterexample, verdict.Kind);
        Assert.NotEqual(VerdictKind.Confirmed, verdict.Kind);
    }

    [Fact]
    public void Width_one_with_twenty_samples_refutes_the_planted_statement()
    {
        var e = GulcuEvidence.Generate(new GulcuOptions { Samples = 20, Width = 1, Depth = 2, Seed = 1, Descent = new GradientDescentOptions { MaxSteps = 2000, TrackSpectrum = true } });

        var verdict = new GulcuWidthOne().Judge(e);

        Assert.Equal(VerdictKind.Counterexample, verdict.Kind);
        Assert.True(verdict.Certified, verdict.ToText());
        // The sign bound certifies more than the run: no budget reaches 1e−8.
        double signBound = verdict.Numbers.Single(v => v.Name.StartsWith("inf_θ L", StringComparison.Ordinal)).Value;
        Assert.True(signBound > 1e-2, $"sign bound {signBound}");
        Assert.True(e.Run.MinLoss >= signBound * (1 - 1e-12), $"min L {e.Run.MinLoss} below the certified bound {signBound}");
    }

    [Fact]
    public void Sign_bound_is_the_smaller_half_sum_of_squares_by_sign()
    {
        // y = (1, −2, 3, 0): ½(1 + 9) = 5 for the positive targets, ½·4 = 2 for the negative ones.
        var bound = GulcuWidthOne.SignBound([1.0, -2.0, 3.0, 0.0]);

        Assert.InRange(2.0, bound.Lo, bound.Hi);
        Assert.True(bound.Hi - bound.Lo < 1e-14, $"width {bound.Hi - bound.Lo}");
        Assert.Equal(0.0, GulcuWidthOne.SignBound([1.0, 2.0]).Hi);
    }

    [Fact]
    public void Gulcu_statements_are_judged_on_GulcuEvidence_and_never_on_an_instance()
    {
        foreach (string id in new[] { "gulcu.jacobian-full-rank", "gulcu.linear-convergence", "planted.gulcu-width-one" })
        {
            var theorem = TheoremCatalog.TryGet(id);

            Assert.Equal(typeof(GulcuEvidence), theorem!.EvidenceType);
            Assert.Null(TheoremCatalog.TryGet<PointEvidence>(id));
        }
    }
}
