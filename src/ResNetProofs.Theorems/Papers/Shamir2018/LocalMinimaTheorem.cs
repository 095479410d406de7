using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Shamir2018;

/// <summary>
/// Shamir 2018, main result (exact in substance): for f = wᵀ(x + V F_θ(x)) (+ c), every local minimum has R ≤ R_lin.
/// Checked at strict local minima modulo the model's continuous symmetries (λ_min on their complement &gt; τ), where R is
/// twice differentiable. The model is reconstructed (high confidence); the derived stronger form (second-order
/// stationarity in (w, V) alone suffices) is not what this id checks.
/// </summary>
public sealed class LocalMinimaTheorem : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "shamir2018.local-minima";

    /// <inheritdoc/>
    public string Source => "Shamir 2018, \"Are ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Exact;

    /// <inheritdoc/>
    public string StatusNote => "exact in substance; the single-block model f = wᵀ(x + V F(x)) is reconstructed (high confidence)";

    /// <inheritdoc/>
    public string Statement => "θ a local minimum of R ⇒ R(θ) ≤ R_lin";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => SingleBlockView.Inapplicable(at.Model);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Verdicts.Judge.Decide(
        Id,
        gates: [Gates.RefinementConverged(at), Gates.SmoothAtData(at), Gates.BaselineAttained(at)],
        hypotheses: [CommonChecks.IsCritical(at), CommonChecks.IsLocalMinimum(at)],
        conclusion: CommonChecks.RiskAtMostLinear(at),
        numbers: CommonChecks.CriticalPointNumbers(at),
        certificate: CommonChecks.CriticalPointCertificate(at));
}
