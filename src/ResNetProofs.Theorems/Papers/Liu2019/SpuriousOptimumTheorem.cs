using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Liu2019;

/// <summary>
/// Du et al. 2018 (the non-residual baseline of Liu et al. 2019): for the weight-normalised plain CNN f = Σ_j a_j relu(Z_jᵀw) with
/// ‖w*‖ = 1, θ_sp = (−w*, ((π − 1)I + 11ᵀ)⁻¹(11ᵀ − I)a*) is critical with L &gt; 0, and a local minimum when π(1ᵀa*)² &lt; (k + π − 1)‖a*‖²
/// (derived). The Hessian there is PSD but vanishes on the p − 1 tangent directions of w (h(π − ε) = ε³/3), so the local minimum is
/// certified to third order (derived): L(φ, a) = L(π, a) − h(φ)aᵀa*/(2π) with ∇²_a L ≻ 0 and a_spᵀa* &lt; 0.
/// </summary>
public sealed class SpuriousOptimumTheorem : ITheorem<SpuriousOptimumEvidence>
{
    /// <inheritdoc/>
    public string Id => "liu2019.spurious-optimum";

    /// <inheritdoc/>
    public string Source => "Du, Lee, Tian, Póczos & Singh 2018 (ICML), the baseline of Liu et al. 2019 (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Derived;

    /// <inheritdoc/>
    public string StatusNote => "the point is Du et al.'s; the local-minimum condition and its third-order certificate are derived";

    /// <inheritdoc/>
    public string Statement => "‖w*‖ = 1, π(1ᵀa*)² < (k + π − 1)‖a*‖² ⇒ (−w*, ((π−1)I + 11ᵀ)⁻¹(11ᵀ − I)a*) is a critical point with L > 0 and a local minimum (weight-normalised)";

    /// <summary>Judges the statement on one plain-CNN teacher.</summary>
    public Verdict Judge(SpuriousOptimumEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        int terms = evidence.Teacher.Architecture.ParameterCount;
        double tau = VerdictTolerances.MeanRounding(terms, evidence.Scale);
        const string origin = "16·(p + k)·u·max(1, ½E y²)";
        double epsilon = VerdictTolerances.CriticalGradient(evidence.Scale);
        var critical = Check.AtMost("critical", "‖∇_{(v,a)}L(θ_sp)‖₂ ≤ ε, ε = 1e−10·max(1, ½E y²)", evidence.GradientNorm, epsilon, Math.Min(epsilon / 2, tau), "min(ε/2, " + origin + ")");
        var positive = Check.AtLeast("positive loss", "L(θ_sp) > 0", evidence.Loss, 0, tau, origin);
        var readout = evidence.ReadoutHessian;
        var convex = Check.AtLeast("readout curvature", "λ_min(∇²_a L(θ_sp)) > 0", readout.MinEigenvalue, 0,
            VerdictTolerances.Eigenvalue(readout.Norm, readout.ErrorBounds[0]), "1e−8·‖∇²_a L‖₂ + eigenvalue error bound");
        double n2 = evidence.Teacher.Readout.Sum(x => x * x);
        var cubic = Check.AtMost("third-order growth in w", "a_spᵀa* < 0 (L grows like −a_spᵀa*·ε³/(6π) as w turns by ε)",
            evidence.Alignment, 0, VerdictTolerances.MeanRounding(evidence.Teacher.Architecture.Patches, n2), "16·k·u·max(1, ‖a*‖²)");
        var conclusion = LiuChecks.AllOf("critical spurious local minimum", "∇L = 0 ∧ L > 0 ∧ local minimum", critical, positive, convex, cubic);
        return Verdicts.Judge.Decide(Id, [], [LiuChecks.LocalMinimumCondition(evidence.Teacher)], conclusion, LiuChecks.SpuriousNumbers(evidence));
    }
}
