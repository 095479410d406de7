using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Gulcu;

/// <summary>
/// Gulcu (after Du et al. 2019), the full-rank hypothesis at initialisation (reconstructed): on the ResNet of theorems.md with
/// ‖x_i‖ = 1, no two x_i parallel, σ = softplus, Gaussian θ₀ and width m ≥ n (our reading of m = Ω(n), constant 1):
/// λ₀ = λ_min(J(θ₀)J(θ₀)ᵀ) &gt; 0. τ = 1e−8·‖G₀‖₂ + the eigenvalue error bound + the Gram's own rounding. When P &lt; n the rank
/// is at most P &lt; n and the conclusion fails exactly (it can only arise with the width hypothesis failing: Vacuous).
/// </summary>
public sealed class JacobianFullRankTheorem : ITheorem<GulcuEvidence>
{
    /// <inheritdoc/>
    public string Id => "gulcu.jacobian-full-rank";

    /// <inheritdoc/>
    public string Source => "Gulcu, \"Stronger convergence results for deep residual networks: network width scales linearly with training data size\"; model after Du et al. 2019";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Reconstructed;

    /// <inheritdoc/>
    public string StatusNote => "architecture reconstructed after Du et al. 2019; the width constant (m ≥ n) is our reading of m = Ω(n)";

    /// <inheritdoc/>
    public string Statement => "m ≥ n, ‖x_i‖ = 1, x_i ∦ x_j, σ = softplus, Gaussian θ₀ ⇒ λ_min(J(θ₀)J(θ₀)ᵀ) > 0";

    /// <summary>Judges λ_min(G₀) on a generated instance.</summary>
    public Verdict Judge(GulcuEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var net = evidence.Problem.Network;
        int n = evidence.SampleCount, p = net.ParameterCount;
        var s = evidence.Spectrum;
        Check[] hypotheses =
        [
            Check.Exact("width linear in n", "m ≥ n", net.Width >= n, net.Width, n),
            GulcuChecks.UnitInputs(evidence),
            GulcuChecks.NonParallelInputs(evidence),
            GulcuChecks.Softplus(evidence),
        ];
        var conclusion = p < n
            ? Check.Exact("full rank", "rank J ≤ P < n, so λ_min(J Jᵀ) = 0", false, p, n)
            : Check.AtLeast("full rank", "λ_min(J(θ₀)J(θ₀)ᵀ) > 0", s.MinEigenvalue, 0,
                VerdictTolerances.Eigenvalue(s.Norm, s.ErrorBounds[0] + evidence.GramRounding), "1e−8·‖G₀‖₂ + eigenvalue error bound + Gram rounding 16·n·(d + Hm)·u·max G_ii");
        return Verdicts.Judge.Decide(Id, [GulcuChecks.GramRoutesAgree(evidence)], hypotheses, conclusion,
        [
            new("λ_min(G₀)", s.MinEigenvalue),
            new("λ_max(G₀)", s.MaxEigenvalue),
            new("n", n),
            new("d", net.Dimension),
            new("m", net.Width),
            new("H", net.Depth),
            new("P", p),
            new("c_res", net.ResidualScale),
            new("c_σ", net.NormalizingConstant),
            new("seed", evidence.Problem.Seed),
        ]);
    }
}
