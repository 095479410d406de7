using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Shamir2018;

/// <summary>
/// Shamir 2018, first-order certificate (derived; theorems.md). For f = wᵀ(x + V F_θ(x)) (+ c) and every θ with w ≠ 0:
/// R(θ) ≤ R_lin(u) + (w − u)ᵀ∇_w R + uᵀV b with b = (∇_V R)ᵀw/‖w‖², for every u (here u = t*; with an output bias,
/// + (c − β)∂R/∂c against the affine baseline). No critical point needed: the cheapest strong check of ∇R and R_lin.
/// </summary>
public sealed class FirstOrderCertificateTheorem : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "shamir2018.first-order-certificate";

    /// <inheritdoc/>
    public string Source => "Shamir 2018, \"Are ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Derived;

    /// <inheritdoc/>
    public string StatusNote => "derived by us from convexity of ℓ (the proof idea of the paper); model reconstructed with high confidence";

    /// <inheritdoc/>
    public string Statement => "w ≠ 0 ⇒ R(θ) ≤ R_lin(t*) + (w − t*)ᵀ∇_w R + t*ᵀV b, b = (∇_V R)ᵀw/‖w‖², at every θ";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => SingleBlockView.Inapplicable(at.Model);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at)
    {
        Check[] hypotheses = [FirstOrderCertificate.ReadoutNonZero(at)];
        return Verdicts.Judge.DecideIfHypothesesHold(Id, hypotheses, "first-order certificate", "b = (∇_V R)ᵀw/‖w‖² needs w ≠ 0", () =>
        {
            var certificate = FirstOrderCertificate.At(at);
            var conclusion = Check.AtMost(
                "first-order certificate",
                "R(θ) ≤ R_lin(t*) + (w − t*)ᵀa + t*ᵀVb (+ (c − b*)a_c)",
                certificate.RiskEnclosure,
                certificate.BoundEnclosure,
                "R and every term of the bound in interval arithmetic at θ (∇R enclosed by the interval reverse pass, R_lin(t*) at the float t*)");
            return Verdicts.Judge.Decide(Id, [], hypotheses, conclusion,
            [
                new("R", certificate.Risk),
                new("R_lin(t*)", certificate.BaselineRisk),
                new("(w − t*)ᵀa", certificate.ReadoutTerm),
                new("t*ᵀVb", certificate.BlockTerm),
                new("(c − b*)a_c", certificate.BiasTerm),
            ]);
        });
    }
}
