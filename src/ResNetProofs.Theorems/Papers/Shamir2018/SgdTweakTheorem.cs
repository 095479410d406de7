using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Shamir2018;

/// <summary>
/// Shamir 2018, the SGD tweak (reconstructed; theorems.md): for f_t(x) = wᵀx + vᵀF_{θ_t}(x), online gradient steps on (w, v)
/// from 0 with η = D/(G√T), any θ_t, and ‖(w,v)-gradients‖ ≤ G: (1/T)Σ ℓ(f_t(x_t); y_t) ≤ min_{‖u‖≤D} (1/T)Σ ℓ(uᵀx_t; y_t) + DG/√T.
/// The minimum is bracketed by a feasible u's value and its Frank–Wolfe lower bound (<see cref="BracketedCheck"/>).
/// </summary>
public sealed class SgdTweakTheorem : ITheorem<PointEvidence>
{
    /// <inheritdoc/>
    public string Id => "shamir2018.sgd-tweak";

    /// <inheritdoc/>
    public string Source => "Shamir 2018, \"Are ResNets provably better than linear predictors?\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Reconstructed;

    /// <inheritdoc/>
    public string StatusNote => "architecture reconstructed; bound derived from the standard online-gradient regret";

    /// <inheritdoc/>
    public string Statement => "max_t ‖∇_{(w,v)}ℓ_t‖ ≤ G ⇒ (1/T)Σ ℓ(f_t(x_t); y_t) ≤ min_{‖u‖≤D} (1/T)Σ ℓ(uᵀx_t; y_t) + DG/√T, for any θ_t";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => SingleBlockView.Inapplicable(at.Model);

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Judge(new OnlineRunEvidence(at));

    /// <summary>Judges one online run (D, G and θ_t as in its options).</summary>
    public Verdict Judge(OnlineRunEvidence run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var r = run.Run;
        var c = run.Comparator;
        int steps = r.Steps, d = c.Gradient.Length;
        double slack = r.Radius * r.GradientBound / Math.Sqrt(steps);
        Check[] hypotheses =
        [
            Check.Exact("comparator feasible", "D > 0 (u = 0 lies in the ball)", r.Radius > 0, r.Radius, 0),
            Check.AtMost("bounded gradients", "max_t ‖ℓ′_t·(x_t, F_t)‖₂ ≤ G", r.MaxGradientNorm, r.GradientBound,
                r.GradientNormError + VerdictTolerances.MeanRounding(d + run.Width, r.MaxGradientNorm), $"ℓ′ error at rounded p_t + (d+k)-term norm rounding; G from: {run.GradientBoundOrigin}"),
        ];
        double tolerance = r.IterateRoundingBound + VerdictTolerances.MeanRounding(steps, r.MaxLoss) + VerdictTolerances.MeanRounding(steps, c.LossScale)
            + ((PointEvidence.Norm(c.Minimizer) + r.Radius) * Math.Sqrt(d) * VerdictTolerances.MeanRounding(steps, c.GradientTermScale))
            + VerdictTolerances.MeanRounding(4, slack);
        var conclusion = BracketedCheck.AtMost(
            "online regret",
            "(1/T)Σ ℓ(f_t(x_t); y_t) ≤ min_{‖u‖≤D} (1/T)Σ ℓ(uᵀx_t; y_t) + DG/√T, min ∈ [Frank–Wolfe bound, g(u)]",
            r.AverageLoss,
            c.LowerBound + slack,
            c.Value + slack,
            tolerance,
            "iterate rounding + T-term rounding of both averages and of ∇g(u)·(‖u‖ + D)");
        return Verdicts.Judge.Decide(Id, [], hypotheses, conclusion,
        [
            new("T", steps),
            new("D", r.Radius),
            new("G", r.GradientBound),
            new("η", r.StepSize),
            new("average online loss", r.AverageLoss),
            new("max_t ‖g_t‖₂", r.MaxGradientNorm),
            new("min over ball: lower bound", c.LowerBound),
            new("min over ball: value at u", c.Value),
            new("‖u‖₂", PointEvidence.Norm(c.Minimizer)),
            new("DG/√T", slack),
        ]);
    }
}
