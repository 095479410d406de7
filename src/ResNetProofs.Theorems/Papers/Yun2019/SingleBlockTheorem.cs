using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Yun2019;

/// <summary>
/// Yun, Sra &amp; Jadbabaie 2019, corollary for L = 1 (exact): every critical point of f = wᵀ(x + V φ(x)) (+ c) with w ≠ 0 has
/// R ≤ R_lin (recovering Shamir 2018). Decided at the true critical point θ* that a Krawczyk certificate places near θ:
/// w* ≠ 0 from w's enclosure over the box, R(θ*) and R_lin both enclosed (a ReLU kink in the box stops the certificate).
/// </summary>
public sealed class SingleBlockTheorem : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "yun2019.single-block";

    /// <inheritdoc/>
    public string Source => "Yun, Sra & Jadbabaie 2019, \"Are deep ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Exact;

    /// <inheritdoc/>
    public string StatusNote => "exact (corollary of the main theorem for L = 1); the output-bias extension is derived";

    /// <inheritdoc/>
    public string Statement => "L = 1, ∇R(θ*) = 0, w ≠ 0 ⇒ R(θ*) ≤ R_lin";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => SingleBlockView.Inapplicable(at.Model);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Verdicts.Judge.Decide(
        Id,
        gates: [Gates.RefinementConverged(at), Gates.BaselineAttained(at)],
        hypotheses: [CommonChecks.IsCritical(at), FirstOrderCertificate.ReadoutClearOfZero(at)],
        conclusion: CommonChecks.RiskAtMostLinear(at),
        numbers: CommonChecks.CriticalPointNumbers(at),
        certificate: CommonChecks.CriticalPointCertificate(at));
}
