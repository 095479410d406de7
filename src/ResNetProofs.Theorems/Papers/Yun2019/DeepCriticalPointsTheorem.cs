using ResNetProofs.Numerics.Models;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Yun2019;

/// <summary>
/// Yun, Sra &amp; Jadbabaie 2019, main theorem (exact, poster). For the deep ResNet h_l = h_{l−1} + V_l φ^l(U_l h_{l−1}),
/// f = wᵀh_L, at a critical point θ* where R is twice differentiable: if M = (1/n)Σ ℓ″ h_L h_Lᵀ is full rank
/// (representation coverage) and rank[U_2ᵀ … U_Lᵀ] &lt; d (parameter coverage), then R(θ*) ≤ R_lin or λ_min(∇²R(θ*)) &lt; 0.
/// </summary>
public sealed class DeepCriticalPointsTheorem : ITheorem
{
    /// <inheritdoc/>
    public string Id => "yun2019.deep-critical-points";

    /// <inheritdoc/>
    public string Source => "Yun, Sra & Jadbabaie 2019, \"Are deep ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Exact;

    /// <inheritdoc/>
    public string StatusNote => "exact (the seed poster gives the model and theorem); φ^l is an MLP of our choosing";

    /// <inheritdoc/>
    public string Statement => "∇R(θ*) = 0, λ_min(M) > 0, rank[U_2ᵀ…U_Lᵀ] < d ⇒ R(θ*) ≤ R_lin or λ_min(∇²R(θ*)) < 0";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => DeepResNetOnly(at);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Verdicts.Judge.Decide(
        Id,
        gates: [Gates.RefinementConverged(at), Gates.SmoothAtData(at), Gates.BaselineAttained(at)],
        hypotheses: [CommonChecks.IsCritical(at), RepresentationCoverage(at), ParameterCoverage(at)],
        conclusion: Check.Either("beats linear or escapes", "R(θ*) ≤ R_lin or λ_min(∇²R) < 0", CommonChecks.RiskAtMostLinear(at), CommonChecks.IsStrictSaddle(at)),
        numbers: CommonChecks.CriticalPointNumbers(at));

    /// <summary>Representation coverage: λ_min(M) &gt; 0 for M = (1/n)Σ ℓ″(f(x_i); y_i) h_L(x_i) h_L(x_i)ᵀ (d×d).</summary>
    public static Check RepresentationCoverage(PointEvidence at)
    {
        var m = at.Moment;
        return Check.AtLeast(
            "representation coverage",
            "λ_min(M) > 0, M = (1/n)Σ ℓ″ h_L h_Lᵀ",
            m.MinEigenvalue,
            0,
            VerdictTolerances.Eigenvalue(m.Norm, m.ErrorBounds.Count > 0 ? m.ErrorBounds[0] : 0),
            "1e−8·‖M‖₂ + eigenvalue error bound");
    }

    /// <summary>
    /// Parameter coverage: col[U_2ᵀ … U_Lᵀ] ≠ R^d. Exact when L = 1 or Σ_{l≥2} m_l &lt; d; otherwise it needs σ_d = 0, which
    /// rounding can never certify (margin −σ_d against the rank threshold): it fails when σ_d exceeds the threshold.
    /// </summary>
    public static Check ParameterCoverage(PointEvidence at)
    {
        var model = (DeepResNet)at.Model;
        int d = model.InputDimension;
        int columns = Enumerable.Range(2, model.Depth - 1).Sum(l => model.U(l).Rows);
        if (columns < d)
        {
            return Check.Exact("parameter coverage", "Σ_{l≥2} m_l < d, so rank[U_2ᵀ…U_Lᵀ] < d", true, columns, d);
        }
        var span = ProjectionSpan.Of(model, at.Theta);
        return Check.AtMost(
            "parameter coverage",
            "σ_d([U_2ᵀ…U_Lᵀ]) = 0, i.e. rank < d",
            span.SmallestCoveringSingularValue,
            0,
            span.Threshold,
            "rank threshold max(d, Σm)·u·σ_max");
    }

    /// <summary>Null for a deep ResNet without output bias (the poster's f = wᵀh_L); otherwise why the theorem does not apply.</summary>
    public static string? DeepResNetOnly(PointEvidence at) => at.Model switch
    {
        DeepResNet { OutputBias: false } => null,
        DeepResNet => "the theorem is stated for f = wᵀh_L without an output bias; the instance has one",
        _ => $"needs a deep-resnet model; the instance has a {at.Model.Kind}",
    };
}
