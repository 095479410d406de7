using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Shamir2018;

/// <summary>
/// Shamir 2018, approximate stationarity (derived; theorems.md): for f = wᵀ(x + V F_θ(x)) without output bias, d ≥ 2 and
/// 0 ≤ ℓ″ ≤ μ, at every θ: R ≤ R_lin(u) + ‖u‖(ε + ‖V‖₂γ) + ‖w‖ε with ε = ‖∇_{w,V}R‖, δ = max(0, −λ_min(∇²_{w,V}R)),
/// γ = min{ε/‖w‖, √(δ(δ + μM))}, M = λ_max((1/n)Σ h hᵀ), u = t*. Only (w, V) derivatives enter, so no kink gate.
/// </summary>
public sealed class ApproximateStationarityTheorem : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "shamir2018.approximate-stationarity";

    /// <inheritdoc/>
    public string Source => "Shamir 2018, \"Are ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Derived;

    /// <inheritdoc/>
    public string StatusNote => "the paper's own constants are unknown; this bound is derived";

    /// <inheritdoc/>
    public string Statement => "d ≥ 2, 0 ≤ ℓ″ ≤ μ ⇒ R(θ) ≤ R_lin(t*) + ‖t*‖(ε + ‖V‖₂γ) + ‖w‖ε, γ = min{ε/‖w‖, √(δ(δ + μM))}, at every θ";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => SingleBlockView.Inapplicable(at.Model)
        ?? (at.Model.OutputBias ? "the bound is derived for f = wᵀ(x + V F(x)) without an output bias; the instance's model has one" : null);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at)
    {
        double mu = at.Instance.Loss.CurvatureBound;
        Check[] hypotheses =
        [
            Check.Exact("d ≥ 2", "d ≥ 2 (a unit u′ ⊥ w exists)", at.Model.InputDimension >= 2, at.Model.InputDimension, 2),
            Check.Exact("bounded curvature", "0 ≤ ℓ″ ≤ μ with μ finite", double.IsFinite(mu) && mu >= 0, mu, double.PositiveInfinity),
        ];
        return Verdicts.Judge.DecideIfHypothesesHold(Id, hypotheses, "approximate stationarity", "a hypothesis fails", () =>
        {
            var b = ApproximateStationarityBound.At(at);
            var conclusion = Check.AtMost(
                "approximate stationarity",
                "R(θ) ≤ R_lin(t*) + ‖t*‖(ε + ‖V‖₂γ) + ‖w‖ε",
                b.RiskEnclosure,
                b.BoundEnclosure,
                "R at θ in intervals; the bound with ε, δ, M, ‖V‖₂ each enclosed (interval gradient and Hessian block, Rump's Cholesky test and Rayleigh quotients, certified spectral norm) and its formula in interval arithmetic");
            return Verdicts.Judge.Decide(Id, [], hypotheses, conclusion,
            [
                new("R", b.Risk),
                new("R_lin(t*)", b.BaselineRisk),
                new("ε = ‖∇_{w,V}R‖₂", b.GradientNorm),
                new("δ = max(0, −λ_min(∇²_{w,V}R))", b.CurvatureDeficit),
                new("γ", b.Gamma),
                new("‖g‖₂ (bounded by γ)", b.CorrelationNorm),
                new("M = λ_max((1/n)Σ h hᵀ)", b.FeatureMoment),
                new("‖V‖₂", b.ResidualNorm),
                new("‖w‖₂", b.ReadoutNorm),
                new("‖t*‖₂", b.BaselineNorm),
                new("bound", b.Bound),
            ]);
        });
    }
}
