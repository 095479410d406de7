using ResNetProofs.Numerics.Models;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Planted;

/// <summary>
/// DELIBERATELY FALSE (planted; theorems.md): "every local minimum of a one-hidden-layer fully connected network with a
/// smooth activation has R ≤ R_lin". Spurious local minima exist; the suite must find one.
/// </summary>
public sealed class FullyConnectedLocalMinimaBeatLinear : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "planted.fully-connected-local-minima-beat-linear";

    /// <inheritdoc/>
    public string Source => "planted false statement (theorems.md): Shamir's claim transplanted to a network without a shortcut";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.PlantedFalse;

    /// <inheritdoc/>
    public string StatusNote => "deliberately false: spurious local minima of one-hidden-layer networks exist";

    /// <inheritdoc/>
    public string Statement => "f = aᵀσ(Ux + b) (+ c), σ smooth, θ a local minimum ⇒ R(θ) ≤ R_lin";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => at.Model switch
    {
        OneHiddenLayerNetwork { Activation: ActivationKind.Relu } => "needs a smooth activation; the instance's hidden layer is relu",
        OneHiddenLayerNetwork => null,
        _ => $"needs a one-hidden-layer model; the instance has a {at.Model.Kind}",
    };

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Verdicts.Judge.Decide(
        Id,
        gates: [Gates.RefinementConverged(at), Gates.BaselineAttained(at)],
        hypotheses: [CommonChecks.IsCritical(at), CommonChecks.IsLocalMinimum(at)],
        conclusion: CommonChecks.RiskAtMostLinear(at),
        numbers: CommonChecks.CriticalPointNumbers(at),
        certificate: CommonChecks.CriticalPointCertificate(at));
}
