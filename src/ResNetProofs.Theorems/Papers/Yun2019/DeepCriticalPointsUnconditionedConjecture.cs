using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Yun2019;

/// <summary>
/// The open question Yun, Sra &amp; Jadbabaie 2019 leave: does their theorem hold without the two coverage conditions?
/// Statement hunted: at every critical point θ* of the deep ResNet where R is twice differentiable, R(θ*) ≤ R_lin or
/// λ_min(∇²R(θ*)) &lt; 0. A certified counterexample would be a research result; a long clean search is evidence.
/// </summary>
public sealed class DeepCriticalPointsUnconditionedConjecture : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "yun2019.deep-critical-points.unconditioned";

    /// <inheritdoc/>
    public string Source => "Yun, Sra & Jadbabaie 2019 (open question left by the paper)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.OpenConjecture;

    /// <inheritdoc/>
    public string StatusNote => "open: the paper asks whether the coverage conditions can be removed";

    /// <inheritdoc/>
    public string Statement => "∇R(θ*) = 0 ⇒ R(θ*) ≤ R_lin or λ_min(∇²R(θ*)) < 0 (no coverage conditions)";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => DeepCriticalPointsTheorem.DeepResNetOnly(at);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Verdicts.Judge.Decide(
        Id,
        gates: [Gates.RefinementConverged(at), Gates.SmoothAtData(at), Gates.BaselineAttained(at)],
        hypotheses: [CommonChecks.IsCritical(at)],
        conclusion: Check.Either("beats linear or escapes", "R(θ*) ≤ R_lin or λ_min(∇²R) < 0", CommonChecks.RiskAtMostLinear(at), CommonChecks.IsStrictSaddle(at)),
        numbers: CommonChecks.CriticalPointNumbers(at),
        certificate: CommonChecks.CriticalPointCertificate(at));
}
