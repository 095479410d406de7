using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Shamir2018;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Planted;

/// <summary>
/// DELIBERATELY FALSE (planted; theorems.md): <c>shamir2018.first-order-certificate</c> with the term uᵀVb dropped,
/// R(θ) ≤ R_lin(t*) + (w − t*)ᵀ∇_w R. Random θ with a large V refute it.
/// </summary>
public sealed class CertificateWithoutBlockTerm : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "planted.first-order-certificate-without-block-term";

    /// <inheritdoc/>
    public string Source => "planted false statement (theorems.md), Shamir 2018's certificate with uᵀVb dropped";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.PlantedFalse;

    /// <inheritdoc/>
    public string StatusNote => "deliberately false: the dropped term is needed";

    /// <inheritdoc/>
    public string Statement => "w ≠ 0 ⇒ R(θ) ≤ R_lin(t*) + (w − t*)ᵀ∇_w R (+ (c − b*)a_c), at every θ";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => SingleBlockView.Inapplicable(at.Model);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at)
    {
        Check[] hypotheses = [FirstOrderCertificate.ReadoutNonZero(at)];
        return Verdicts.Judge.DecideIfHypothesesHold(Id, hypotheses, "certificate without uᵀVb", "b = (∇_V R)ᵀw/‖w‖² needs w ≠ 0", () =>
        {
            var certificate = FirstOrderCertificate.At(at);
            var conclusion = Check.AtMost(
                "certificate without uᵀVb",
                "R(θ) ≤ R_lin(t*) + (w − t*)ᵀa (+ (c − b*)a_c)",
                certificate.RiskEnclosure,
                certificate.BoundWithoutBlockEnclosure,
                "R and every term of the bound in interval arithmetic at θ");
            return Verdicts.Judge.Decide(Id, [], hypotheses, conclusion, [new("R", certificate.Risk), new("dropped t*ᵀVb", certificate.BlockTerm)]);
        });
    }
}
