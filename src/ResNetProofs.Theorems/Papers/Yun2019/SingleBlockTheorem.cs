using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Yun2019;

/// <summary>
/// Yun, Sra &amp; Jadbabaie 2019, corollary for L = 1 (exact): every critical point of f = wᵀ(x + V φ(x)) (+ c) with w ≠ 0 has
/// R ≤ R_lin (recovering Shamir 2018). Only ∇_w R, ∇_V R (and ∂R/∂c) enter the proof, so no kink gate is needed; the
/// slack at an approximate critical point is the exact first-order certificate (w − t*)ᵀa + t*ᵀVb (+ (c − b*)a_c).
/// </summary>
public sealed class SingleBlockTheorem : ITheorem
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
    public Verdict Judge(PointEvidence at)
    {
        var gates = new[] { Gates.RefinementConverged(at), Gates.BaselineAttained(at) };
        var readoutNonZero = FirstOrderCertificate.ReadoutClearOfZero(at);
        var critical = CommonChecks.IsCritical(at);
        if (readoutNonZero.Outcome != CheckOutcome.Holds)
        {
            return Verdicts.Judge.Decide(Id, gates, [critical, readoutNonZero], CommonChecks.RiskAtMostLinear(at), CommonChecks.CriticalPointNumbers(at));
        }
        var certificate = FirstOrderCertificate.At(at);
        var b = at.Baseline;
        double slack = Math.Abs(certificate.ReadoutTerm + certificate.BlockTerm + certificate.BiasTerm);
        double tolerance = slack + certificate.Rounding + Math.Abs(certificate.BaselineRisk - b.Value) + (double.IsFinite(b.ValueErrorBound) ? b.ValueErrorBound : 0);
        var conclusion = Check.AtMost("no worse than linear", "R(θ*) ≤ R_lin", at.Value, b.Value, tolerance,
            "|first-order certificate terms| + their rounding + R_lin error bound");
        return Verdicts.Judge.Decide(Id, gates, [critical, readoutNonZero], conclusion,
        [
            new("R", at.Value),
            new("R_lin", b.Value),
            new("R - R_lin", at.Value - b.Value),
            new("‖∇R‖₂", at.GradientNorm),
            new("certificate slack", slack),
        ]);
    }
}
