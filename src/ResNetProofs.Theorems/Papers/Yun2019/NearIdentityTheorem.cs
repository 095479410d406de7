using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Yun2019;

/// <summary>
/// Yun, Sra &amp; Jadbabaie 2019, near-identity ResNets, part (a): the exact inequality (derived; theorems.md). At every θ of the
/// deep ResNet f = wᵀh_L (no output bias), with r_i = ℓ′(f(x_i); y_i) and t* the best linear predictor:
/// R(θ) ≤ R_lin(t*) + (w − t*)ᵀ∇_w R + t*ᵀ(1/n)Σ r_i (h_L(x_i) − x_i). No critical point needed.
/// Status: derived — the paper's constant C is unknown; this is the first step of our bound, whose depth-independent form at
/// critical points is <see cref="NearIdentityCriticalBoundTheorem"/> (id yun2019.near-identity.critical-bound).
/// </summary>
public sealed class NearIdentityTheorem : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "yun2019.near-identity";

    /// <inheritdoc/>
    public string Source => "Yun, Sra & Jadbabaie 2019, \"Are deep ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Derived;

    /// <inheritdoc/>
    public string StatusNote => "derived: the paper's constant C is unknown; this convexity inequality is our first step";

    /// <inheritdoc/>
    public string Statement => "R(θ) ≤ R_lin(t*) + (w − t*)ᵀ∇_w R + t*ᵀ(1/n)Σ r_i (h_L(x_i) − x_i), at every θ";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => DeepCriticalPointsTheorem.DeepResNetOnly(at);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at)
    {
        var c = NearIdentityCertificate.At(at);
        var conclusion = Check.AtMost(
            "near-identity certificate",
            "R(θ) ≤ R_lin(t*) + (w − t*)ᵀ∇_w R + t*ᵀ(1/n)Σ r_i (h_L(x_i) − x_i)",
            c.RiskEnclosure,
            c.BoundEnclosure,
            "R and every term of the bound in interval arithmetic at θ (∇_w R by the interval reverse pass, r_i = ℓ′ at the enclosed predictions)");
        return Verdicts.Judge.Decide(Id, [], [], conclusion,
        [
            new("R", c.Risk),
            new("R_lin(t*)", c.BaselineRisk),
            new("(w − t*)ᵀ∇_w R", c.ReadoutTerm),
            new("t*ᵀ(1/n)Σ r_i (h_L − x)", c.DeviationTerm),
            new("‖∇_w R − (1/n)Σ r_i h_L‖₂", c.GradientMismatch),
        ]);
    }
}
