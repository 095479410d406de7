using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Planted;

/// <summary>
/// DELIBERATELY FALSE (planted; theorems.md): gradient descent on the plain CNN from random initialisation always reaches the global
/// optimum. Du et al. 2018's spurious local minimum catches a constant fraction of runs; a run certified trapped there
/// (<see cref="Numerics.Bounds.CnnSpuriousTrap"/>) never gets below L(θ_sp) &gt; 0, which refutes the statement. The proof
/// is the enclosed <see cref="CnnTrapWitness"/>: an open set of starts, of positive probability, from which no run reaches ε.
/// </summary>
public sealed class PlainCnnAlwaysReachesGlobalOptimum : ITheorem<PlainCnnRunsEvidence>
{
    /// <inheritdoc/>
    public string Id => "planted.plain-cnn-always-reaches-global-optimum";

    /// <inheritdoc/>
    public string Source => "planted false statement (theorems.md): the failure liu2019.plain-cnn-can-fail denied";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.PlantedFalse;

    /// <inheritdoc/>
    public string StatusNote => "deliberately false: Du et al. 2018's spurious local minimum traps a positive fraction of runs";

    /// <inheritdoc/>
    public string Statement => "plain CNN, weight-normalised GD from random init ⇒ every run reaches L ≤ ε·½E y²";

    /// <summary>
    /// Judges the statement on a sample of runs. Refuted by proof when the enclosed trap witness holds (<see cref="CnnTrapWitness"/>:
    /// an open set of starts of positive probability never gets below L(θ_sp) &gt; ε); the runs illustrate it. Without the witness a
    /// run counted trapped by float margins is reported, but such a failure stays Inconclusive (not certified).
    /// </summary>
    public Verdict Judge(PlainCnnRunsEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        int trapped = evidence.CertifiedTrappedCount;
        double step = evidence.Runs[0].Run.StepSize;
        var witness = CnnTrapWitness.Evaluate(evidence.Teacher, step, evidence.Radius, evidence.Options.RelativeLossTolerance);
        var numbers = LiuChecks.RunNumbers(evidence).Append(new("trap witness proved", witness.Proved ? 1 : 0)).ToList();
        if (witness.Proved)
        {
            var proof = Check.Certified("every run reaches the global optimum", "weight-normalised GD from every start of positive probability reaches L ≤ ε·½E y²", CheckOutcome.Fails,
                $"starts near (−ŵ*, a₀) (probability > 0) stay trapped with L ≥ L(θ_sp) ≥ {Check.Number(witness.SpuriousLoss.Lo)} > {Check.Number(witness.LossThreshold.Hi)} ≥ ε·½E y²");
            return Verdicts.Judge.Decide(Id, [], [], proof, numbers, Certificate(witness, step, evidence.Radius));
        }
        var conclusion = new Check
        {
            Name = "every run reaches the global optimum",
            Statement = "#{runs certified trapped at L ≥ L(θ_sp) > ε} = 0 (fails on one; holds when all runs reached ε)",
            Left = trapped,
            Right = 0,
            Margin = trapped > 0 ? -1 : evidence.GlobalOptimumCount == evidence.RunCount ? 1 : 0,
            Tolerance = 0,
            ToleranceOrigin = "count of runs whose float trap margins each exceed 16·(p + k)·u·max(1, ‖a*‖², ‖v‖²) (not enclosed)",
        };
        return Verdicts.Judge.Decide(Id, [], [], conclusion, numbers);
    }

    private static VerdictCertificate Certificate(CnnTrapWitnessResult w, double step, double radius) => new()
    {
        Method = "trap witness (derived): an open set of starts around (−ŵ*, a₀), charged by the start distribution, on which weight-normalised GD stays trapped",
        Detail = $"a₀ = ({string.Join(", ", w.WitnessReadout.Select(Check.Number))}) inside the init ball of radius {Check.Number(radius)}; η = {Check.Number(step)}; every margin enclosed above 0",
        Enclosures =
        [
            new("ρ = ‖a₀ − a_sp‖", w.ReadoutGap.Lo, w.ReadoutGap.Hi, "outward-rounded; a_sp in closed form"),
            new("−(a_spᵀa* + ρ‖a*‖) (alignment)", w.AlignmentMargin.Lo, w.AlignmentMargin.Hi, "outward-rounded"),
            new("1/λ_max(H) − η (step)", w.StepMargin.Lo, w.StepMargin.Hi, "outward-rounded, λ_max = α + k/(2π)"),
            new("R − ‖a₀‖ (interior start)", w.InteriorMargin.Lo, w.InteriorMargin.Hi, "outward-rounded"),
            new("L(θ_sp)", w.SpuriousLoss.Lo, w.SpuriousLoss.Hi, "closed form at φ = π, outward-rounded"),
            new("ε·½E y²", w.LossThreshold.Lo, w.LossThreshold.Hi, "closed form, outward-rounded"),
        ],
    };
}
