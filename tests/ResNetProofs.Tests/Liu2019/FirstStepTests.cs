using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Liu2019;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Liu2019;

/// <summary>The escape hypothesis of liu2019.shortcut-escapes: g₀ = γ(kγ + 1ᵀb*/2), read off the closed-form gradient at w = 0.</summary>
public sealed class FirstStepTests
{
    private static CnnTeacher Teacher(ShortcutForm form, double[] readout, double? weight = null) =>
        new(new CnnArchitecture(3, readout.Length, form, weight), [0.6, -0.8, 0.5], readout);

    [Theory]
    [InlineData(ShortcutForm.AveragePooledPreActivation, null)]
    [InlineData(ShortcutForm.AveragePooledPreActivation, 0.7)]
    [InlineData(ShortcutForm.AveragePooledActivation, null)]
    [InlineData(ShortcutForm.None, null)]
    public void Gradient_at_w_zero_is_minus_g0_times_w_star_and_zero_in_a(ShortcutForm form, double? weight)
    {
        var teacher = Teacher(form, [0.4, -1.3, 0.2, 0.9], weight);
        var loss = new CnnPopulationLoss(teacher);
        var theta = new double[] { 0, 0, 0, 0.3, -0.1, 0.5, 0.2 };
        var gradient = new double[theta.Length];

        loss.ValueAndGradient(theta, gradient);

        double g0 = LiuChecks.FirstStepCoefficient(teacher).Mid;
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(-g0 * teacher.Filter[i], gradient[i], 1e-14);
        }
        Assert.All(gradient[3..], g => Assert.Equal(0, g));
    }

    [Fact]
    public void Default_pre_activation_coefficient_is_one_over_k_times_one_plus_half_the_readout_sum()
    {
        double[] readout = [0.4, -1.3, 0.2, 0.9];

        double g0 = LiuChecks.FirstStepCoefficient(Teacher(ShortcutForm.AveragePooledPreActivation, readout)).Mid;

        Assert.Equal(0.25 * (1 + (readout.Sum() / 2)), g0, 1e-15);
    }

    [Fact]
    public void Gradient_on_the_line_through_w_star_stays_on_that_line()
    {
        // Rotations fixing w* leave L invariant, so at w = t·w* the w-gradient is parallel to w*: descent from w = 0 never leaves R·w*.
        var teacher = Teacher(ShortcutForm.AveragePooledPreActivation, [0.4, -1.3, 0.2, 0.9]);
        var loss = new CnnPopulationLoss(teacher);
        double t = 0.37;
        var theta = new double[] { t * 0.6, t * -0.8, t * 0.5, 0.3, -0.1, 0.5, 0.2 };
        var gradient = new double[theta.Length];

        loss.ValueAndGradient(theta, gradient);

        double along = ((gradient[0] * 0.6) + (gradient[1] * -0.8) + (gradient[2] * 0.5)) / 1.25;
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(along * teacher.Filter[i], gradient[i], 1e-13);
        }
    }

    [Theory]
    [InlineData(new[] { -1.0, -1.5, 0.2, 0.1 }, true)] // 1ᵀa* = −2.2 < −2
    [InlineData(new[] { -1.0, -0.5, 0.2, 0.1 }, false)] // 1ᵀa* = −1.2 > −2
    public void Shortcut_escapes_is_vacuous_exactly_when_the_readout_sum_is_below_minus_two(double[] readout, bool vacuous)
    {
        var teacher = Teacher(ShortcutForm.AveragePooledPreActivation, readout);
        var evidence = new ShortcutEscapeEvidence(teacher, [0, 0, 0, 0.1, 0, 0, 0], 1.0, CnnGradientDescentOptions.Default with { MaxIterations = 20 });

        var verdict = new ShortcutEscapesTheorem().Judge(evidence);

        Assert.Equal(vacuous, verdict.Kind == VerdictKind.Vacuous);
    }

    [Fact]
    public void Activation_form_never_satisfies_the_hypothesis()
    {
        var check = LiuChecks.FirstStepTowardsTeacher(Teacher(ShortcutForm.AveragePooledActivation, [3, 2, 1, 1]));

        Assert.Equal(CheckOutcome.Fails, check.Outcome);
    }
}
