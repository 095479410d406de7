using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Yun2019;

/// <summary>
/// Yun, Sra &amp; Jadbabaie 2019, Rademacher complexity of deep ResNets (exact, poster). For F_L: h_l = h_{l−1} + V_l relu(U_l h_{l−1}),
/// f = wᵀh_L, ‖w‖ ≤ 1, ‖V_l‖_F, ‖U_l‖_F ≤ 1/√L: R̂_S(F_L) ≤ e²·max_i‖x_i‖/√n, independent of L. Checked from below: a projected-ascent
/// lower estimate minus Hoeffding's term (confidence 1 − α, <see cref="RademacherEvidence"/>) must not exceed the bound. A
/// Counterexample needs a proof: the certified lower bound of the unit-norm linear members (<see cref="Conditions.RademacherChecks.Conclusion"/>).
/// </summary>
public sealed class RademacherTheorem : ITheorem
{
    /// <inheritdoc/>
    public string Id => "yun2019.rademacher";

    /// <inheritdoc/>
    public string Source => "Yun, Sra & Jadbabaie 2019, \"Are deep ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Exact;

    /// <inheritdoc/>
    public string StatusNote => "exact (poster); a Counterexample must be proved by the linear members' certified lower bound; the sampled ascent (confidence 1 − α) only confirms";

    /// <inheritdoc/>
    public string Statement => "R̂_S(F_L) ≤ e²·max_i‖x_i‖/√n for every L";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => null;

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Judge(RademacherEvidence.For(at?.Instance ?? throw new ArgumentNullException(nameof(at))));

    /// <summary>Judges the statement on a sample with explicit ascent settings and α.</summary>
    public Verdict Judge(RademacherEvidence evidence) => Verdicts.Judge.Decide(
        Id,
        gates: RademacherChecks.Certificate(evidence, Math.E * Math.E, "e²") is null ? [RademacherChecks.RangeVerified(evidence)] : [],
        hypotheses: [],
        conclusion: RademacherChecks.Conclusion(evidence, Math.E * Math.E, "e²"),
        numbers: RademacherChecks.Numbers(evidence, Math.E * Math.E),
        certificate: RademacherChecks.Certificate(evidence, Math.E * Math.E, "e²"));
}
