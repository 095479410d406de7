using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;


namespace ResNetProofs.Tests.Liu2019;

/// <summary>The enclosed trap witness of the plain CNN agrees with the float closed forms and refuses teachers outside the condition.</summary>
public sealed class CnnTrapWitnessTests
{
    private static CnnTeacher Plain(double[] readout, int p = 3) =>
        new(new CnnArchitecture(p, readout.Length, ShortcutForm.None), [.. Enumerable.Range(0, p).Select(i => i == 0 ? 2.0 : 0.5)], readout);

    [Fact]
    public void Spurious_loss_enclosure_contains_the_population_loss_at_the_spurious_point()
    {
        var teacher = Plain([1, -1, 0.5, 0.2]);
        double floatLoss = new CnnPopulationLoss(teacher.UnitFilter()).Value(CnnSpuriousPoint.Point(teacher));

        var witness = CnnTrapWitness.Evaluate(teacher, stepSize: 0.1, radius: 10, relativeLossTolerance: 1e-6);

        // The float closed form (second method: CnnPopulationLoss's general formula) within its own rounding, about 1e−15 here.
        Assert.InRange(floatLoss, witness.SpuriousLoss.Lo - 1e-14, witness.SpuriousLoss.Hi + 1e-14);
        Assert.True(witness.SpuriousLoss.Hi - witness.SpuriousLoss.Lo < 1e-13, $"width {witness.SpuriousLoss.Hi - witness.SpuriousLoss.Lo}");
    }

    [Fact]
    public void Witness_inside_a_large_ball_starts_at_the_spurious_readout_and_is_proved()
    {
        var teacher = Plain([1, -1, 0.5, 0.2]);
        var asp = CnnSpuriousPoint.Readout(teacher);

        var witness = CnnTrapWitness.Evaluate(teacher, stepSize: 0.1, radius: 10, relativeLossTolerance: 1e-6);

        Assert.True(witness.Proved, $"alignment {witness.AlignmentMargin}, step {witness.StepMargin}, interior {witness.InteriorMargin}, L_sp {witness.SpuriousLoss} vs {witness.LossThreshold}");
        for (int j = 0; j < asp.Length; j++)
        {
            Assert.Equal(asp[j], witness.WitnessReadout[j], 1e-14);
        }
        Assert.True(witness.ReadoutGap.Hi < 1e-14, $"gap {witness.ReadoutGap}");
    }

    [Fact]
    public void Teacher_outside_the_local_minimum_condition_is_never_proved()
    {
        // a* = 1 (k = 4): π·16 ≈ 50.3 > (k + π − 1)·4 ≈ 24.6, so a_spᵀa* > 0: no trap.
        var witness = CnnTrapWitness.Evaluate(Plain([1, 1, 1, 1]), stepSize: 0.1, radius: 10, relativeLossTolerance: 1e-6);

        Assert.False(witness.Proved);
        Assert.True(witness.AlignmentMargin.Hi < 0, $"alignment {witness.AlignmentMargin}");
    }

    [Fact]
    public void Step_beyond_one_over_lambda_max_is_never_proved()
    {
        // λ_max = (π − 1)/(2π) + k/(2π) with k = 4: about 0.977, so η = 1.1 > 1/λ_max.
        var witness = CnnTrapWitness.Evaluate(Plain([1, -1, 0.5, 0.2]), stepSize: 1.1, radius: 10, relativeLossTolerance: 1e-6);

        Assert.False(witness.Proved);
        Assert.True(witness.StepMargin.Hi < 0, $"step margin {witness.StepMargin}");
    }
}
