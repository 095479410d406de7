using ResNetProofs.Numerics.Models;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Yun2019;

/// <summary>
/// Yun, Sra &amp; Jadbabaie 2019, near-identity ResNets, part (b): the depth-independent bound (derived; theorems.md). At a
/// critical point θ* of f = wᵀh_L whose branches have φ^l(0) = 0: R(θ*) ≤ R_lin + ‖t*‖·G·(e^κ − 1)·max_i‖x_i‖, κ = L·max_l Lip(φ^l)
/// (certified ‖V_l‖₂Π_j(‖W_j‖₂Lip σ)‖U_l‖₂), G = max_i|r_i|. Status: derived — the paper's constant C is unknown. At an
/// approximate critical point the dropped term (w − t*)ᵀ∇_w R of <see cref="NearIdentityTheorem"/> enters τ as |·|; only
/// ∇_w R enters (f is linear in w), so no ReLU-kink gate is needed.
/// </summary>
public sealed class NearIdentityCriticalBoundTheorem : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "yun2019.near-identity.critical-bound";

    /// <inheritdoc/>
    public string Source => "Yun, Sra & Jadbabaie 2019, \"Are deep ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Derived;

    /// <inheritdoc/>
    public string StatusNote => "derived: the paper's constant C is unknown; the bound below (G = realised max|r_i|) is ours";

    /// <inheritdoc/>
    public string Statement => "∇R(θ*) = 0, φ^l(0) = 0 ⇒ R(θ*) ≤ R_lin + ‖t*‖·G·(e^κ − 1)·max_i‖x_i‖, κ = L·max_l Lip(φ^l)";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => DeepCriticalPointsTheorem.DeepResNetOnly(at);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at)
    {
        var model = (DeepResNet)at.Model;
        var c = NearIdentityCertificate.At(at);
        var bound = NearIdentityBound.At(at, c);
        var b = at.Baseline;
        double slack = Math.Abs(c.ReadoutTerm);
        double rounding = VerdictTolerances.MeanRounding(at.SampleCount, at.Value) + VerdictTolerances.MeanRounding(at.SampleCount, b.Value);
        double tolerance = slack + c.Rounding + rounding + bound.Rounding + Math.Abs(c.BaselineRisk - b.Value) + (double.IsFinite(b.ValueErrorBound) ? b.ValueErrorBound : 0);
        var conclusion = Check.AtMost("depth-independent bound", "R(θ*) ≤ R_lin + ‖t*‖·G·(e^κ − 1)·max_i‖x_i‖", at.Value, b.Value + bound.Value, tolerance,
            "|(w − t*)ᵀ∇_w R| + certificate rounding + n-term rounding of R, R_lin + R_lin error bound + bound rounding");
        return Verdicts.Judge.Decide(
            Id,
            gates: [Gates.RefinementConverged(at), Gates.BaselineAttained(at)],
            hypotheses:
            [
                CommonChecks.IsCritical(at),
                Check.Exact("φ^l(0) = 0", "no inner biases and σ(0) = 0 in every block", ResidualBranchLipschitz.BranchesVanishAtZero(model), model.Depth, model.Depth),
                Check.Exact("Lipschitz constant", "κ = L·max_l Lip(φ^l) < ∞", double.IsFinite(bound.Kappa), bound.Kappa, double.PositiveInfinity),
            ],
            conclusion,
            numbers:
            [
                new("R", at.Value),
                new("R_lin", b.Value),
                new("R - R_lin", at.Value - b.Value),
                new("bound ‖t*‖G(e^κ − 1)max‖x‖", bound.Value),
                new("κ", bound.Kappa),
                new("G = max|r_i|", bound.Slope),
                new("‖t*‖₂", bound.BaselineNorm),
                new("max‖x_i‖₂", bound.MaxInputNorm),
                new("|(w − t*)ᵀ∇_w R|", slack),
                new("‖∇R‖₂", at.GradientNorm),
            ]);
    }
}
