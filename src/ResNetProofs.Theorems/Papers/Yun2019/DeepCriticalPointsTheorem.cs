using ResNetProofs.Numerics.Enclosures;
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
public sealed class DeepCriticalPointsTheorem : ITheorem<PointEvidence>
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
        numbers: CommonChecks.CriticalPointNumbers(at),
        certificate: CommonChecks.CriticalPointCertificate(at));

    /// <summary>
    /// Representation coverage at θ*: λ_min(M) &gt; 0 for M = (1/n)Σ ℓ″(f(x_i); y_i) h_L(x_i) h_L(x_i)ᵀ (d×d). Since f = wᵀh_L,
    /// M is exactly the w-block ∇²_w R, so it is enclosed by that block of the interval Hessian over the Krawczyk box and
    /// certified by Rump's Cholesky test. M ⪰ 0 always (ℓ″ ≥ 0), so the hypothesis fails only if a witness has vᵀMv ≤ 0.
    /// </summary>
    public static Check RepresentationCoverage(PointEvidence at)
    {
        const string statement = "λ_min(M) > 0, M = (1/n)Σ ℓ″ h_L h_Lᵀ = ∇²_w R at θ*";
        var c = at.Certificate;
        if (!c.Exists || c.Hessian is null)
        {
            return Check.Certified("representation coverage", statement, CheckOutcome.Undecided, "M(θ*) is not enclosed: no critical point certified");
        }
        var block = at.Model.Graph.Layout["w"];
        var m = new IntervalMatrix(block.Length, block.Length);
        for (int i = 0; i < block.Length; i++)
        {
            for (int j = 0; j < block.Length; j++)
            {
                m[i, j] = c.Hessian[block.Offset + i, block.Offset + j];
            }
        }
        double lower = CertifiedEigenvalues.LowerBoundMinEigenvalue(m);
        if (lower > 0)
        {
            return Check.Certified("representation coverage", statement, CheckOutcome.Holds, $"λ_min(M) ≥ {Check.Number(lower)} over the Krawczyk box (Rump's Cholesky test)");
        }
        var witness = at.Moment.Eigenvector(0);
        var quotient = CertifiedEigenvalues.RayleighQuotient(m, witness);
        return Check.Certified("representation coverage", statement, quotient.Hi <= 0 ? CheckOutcome.Fails : CheckOutcome.Undecided,
            quotient.Hi <= 0
                ? $"vᵀMv/vᵀv ≤ {Check.Number(quotient.Hi)} ≤ 0 with M ⪰ 0: M is singular"
                : $"λ_min(M) lower bound {Check.Number(lower)} ≤ 0 and Rayleigh quotient ∈ [{Check.Number(quotient.Lo)}, {Check.Number(quotient.Hi)}]: near-singular, undecided");
    }

    /// <summary>
    /// Parameter coverage: col[U_2ᵀ … U_Lᵀ] ≠ R^d. Exact when L = 1 or Σ_{l≥2} m_l &lt; d. Otherwise rank &lt; d can never be
    /// proved by enclosures, but rank = d can: it fails when λ_min(A Aᵀ) of A = [U_2ᵀ … U_Lᵀ] is certified &gt; 0 over the box
    /// (the certified box when there is one, else θ), and stays undecided otherwise.
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
        var box = at.Certificate.Exists ? at.Certificate.Box : RiskEnclosure.PointBox(at.Theta);
        var gram = new IntervalMatrix(d, d);
        for (int l = 2; l <= model.Depth; l++)
        {
            var u = model.U(l);
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++)
                {
                    var s = gram[i, j];
                    for (int r = 0; r < u.Rows; r++)
                    {
                        s += box[u.Offset + (r * u.Cols) + i] * box[u.Offset + (r * u.Cols) + j];
                    }
                    gram[i, j] = s;
                }
            }
        }
        double lower = CertifiedEigenvalues.LowerBoundMinEigenvalue(gram);
        const string statement = "rank[U_2ᵀ…U_Lᵀ] < d";
        return lower > 0
            ? Check.Certified("parameter coverage", statement, CheckOutcome.Fails, $"λ_min(AAᵀ) ≥ {Check.Number(lower)} > 0: rank = d (certified)")
            : Check.Certified("parameter coverage", statement, CheckOutcome.Undecided, $"rank < d cannot be certified by enclosures (λ_min(AAᵀ) lower bound {Check.Number(lower)})");
    }

    /// <summary>Null for a deep ResNet without output bias (the poster's f = wᵀh_L); otherwise why the theorem does not apply.</summary>
    public static string? DeepResNetOnly(PointEvidence at) => at.Model switch
    {
        DeepResNet { OutputBias: false } => null,
        DeepResNet => "the theorem is stated for f = wᵀh_L without an output bias; the instance has one",
        _ => $"needs a deep-resnet model; the instance has a {at.Model.Kind}",
    };
}
