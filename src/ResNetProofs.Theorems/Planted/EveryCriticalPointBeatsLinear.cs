using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Yun2019;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Planted;

/// <summary>
/// DELIBERATELY FALSE (planted; theorems.md): "every critical point of a deep ResNet has R ≤ R_lin". Strict saddles
/// with R &gt; R_lin refute it; the suite must find one, or its "no counterexample" means nothing.
/// </summary>
public sealed class EveryCriticalPointBeatsLinear : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "planted.every-critical-point-beats-linear";

    /// <inheritdoc/>
    public string Source => "planted false statement (theorems.md), after Yun, Sra & Jadbabaie 2019 without its escape clause";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.PlantedFalse;

    /// <inheritdoc/>
    public string StatusNote => "deliberately false: strict saddles with R > R_lin exist";

    /// <inheritdoc/>
    public string Statement => "∇R(θ*) = 0 ⇒ R(θ*) ≤ R_lin (deep ResNet)";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => DeepCriticalPointsTheorem.DeepResNetOnly(at);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Verdicts.Judge.Decide(
        Id,
        gates: [Gates.RefinementConverged(at), Gates.SmoothAtData(at), Gates.BaselineAttained(at)],
        hypotheses: [CommonChecks.IsCritical(at)],
        conclusion: CommonChecks.RiskAtMostLinear(at),
        numbers: CommonChecks.CriticalPointNumbers(at),
        certificate: CommonChecks.CriticalPointCertificate(at));
}
