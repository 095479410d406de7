using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Theorems.Papers.Yun2019;

/// <summary>
/// Yun, Sra &amp; Jadbabaie 2019, Rademacher complexity of deep ResNets (exact, poster). For F_L: h_l = h_{l−1} + V_l relu(U_l h_{l−1}),
/// f = wᵀh_L, ‖w‖ ≤ 1, ‖V_l‖_F, ‖U_l‖_F ≤ 1/√L: R̂_S(F_L) ≤ e²·max_i‖x_i‖/√n, independent of L. Checked from below: a projected-ascent
/// lower estimate minus Hoeffding's term (confidence 1 − α, <see cref="RademacherEvidence"/>) must not exceed the bound. A
/// Counterexample needs a proof: the certified lower bound of the unit-norm linear members (<see cref="Conditions.RademacherChecks.Conclusion"/>).
/// </summary>
public sealed class RademacherTheorem : RademacherBoundTheorem
{
    /// <summary>The entry with C = e².</summary>
    public RademacherTheorem() : base(Math.E * Math.E, "e²")
    {
    }

    /// <inheritdoc/>
    public override string Id => "yun2019.rademacher";

    /// <inheritdoc/>
    public override string Source => "Yun, Sra & Jadbabaie 2019, \"Are deep ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public override TheoremStatus Status => TheoremStatus.Exact;

    /// <inheritdoc/>
    public override string StatusNote => "exact (poster); a Counterexample must be proved by the linear members' certified lower bound; the sampled ascent (confidence 1 − α) only confirms";

    /// <inheritdoc/>
    public override string Statement => "R̂_S(F_L) ≤ e²·max_i‖x_i‖/√n for every L";
}
