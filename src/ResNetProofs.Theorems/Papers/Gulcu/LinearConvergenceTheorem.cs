using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Gulcu;

/// <summary>
/// Gulcu's linear rate as a per-step template (derived, Oymak–Soltanolkotabi form). GD step δ = −ηJ_tᵀr_t on L = ½‖r‖²; Taylor:
/// r_{t+1} = (I − ηG_t)r_t + e_t with G_t = J_tJ_tᵀ and e_t the second-order remainder of f along δ. If η(λ_max + λ_min)(G_t) ≤ 2,
/// every eigenvalue of I − ηG_t lies in [−(1 − ηλ_min), 1 − ηλ_min], so ‖(I − ηG_t)r_t‖ ≤ (1 − ηλ_t)‖r_t‖ (λ_t = λ_min(G_t));
/// if moreover ‖e_t‖ ≤ ρ_t‖r_t‖ with ρ_t = √(1 − ηλ_t) − (1 − ηλ_t) (smoothness: the remainder, O(β‖δ‖²) for a β-Lipschitz
/// Jacobian, is small next to the linear gain), then ‖r_{t+1}‖ ≤ √(1 − ηλ_t)‖r_t‖, i.e. L_{t+1} ≤ (1 − c·ηλ_t)L_t with c = 1.
/// Hypotheses (step size, λ_t &gt; 0, remainder) are checked at every step, e_t measured exactly from the run; a step failing a
/// hypothesis makes the run Vacuous (outside the lazy regime), within rounding Inconclusive. A Counterexample needs a step whose
/// hypotheses all hold with margin and whose decrease fails beyond the rounding of L and λ: it would expose an error in J, G or λ.
/// </summary>
public sealed class LinearConvergenceTheorem : ITheorem<GulcuEvidence>
{
    /// <inheritdoc/>
    public string Id => "gulcu.linear-convergence";

    /// <inheritdoc/>
    public string Source => "Gulcu, \"Stronger convergence results for deep residual networks: network width scales linearly with training data size\"; Oymak & Soltanolkotabi 2019 template";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Derived;

    /// <inheritdoc/>
    public string StatusNote => "derived template: the per-step rate under the step-size and second-order-remainder hypotheses is ours; architecture reconstructed";

    /// <inheritdoc/>
    public string Statement => "η(λ_max + λ_min)(J_tJ_tᵀ) ≤ 2, λ_min > 0, ‖e_t‖ ≤ (√(1 − ηλ_t) − (1 − ηλ_t))‖r_t‖ ⇒ L_{t+1} ≤ (1 − η·λ_min(J_tJ_tᵀ))·L_t";

    /// <summary>Judges every tracked step of the evidence's run (see the class comment for how steps are combined).</summary>
    public Verdict Judge(GulcuEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var run = evidence.Run;
        int n = evidence.SampleCount;
        var steps = run.Steps.Select(s => (Hypotheses: Hypotheses(s, run.StepSize, n), Conclusion: Conclusion(s, run.StepSize, n))).ToList();
        var gates = new[] { GulcuChecks.RunUsable(run) };
        var numbers = Numbers(evidence);
        if (steps.Count == 0)
        {
            return Verdicts.Judge.Decide(Id, gates, [], Check.NotEvaluated("linear rate", "the run took no step (its gate fails: Inconclusive)"), numbers);
        }
        var clean = steps.Where(s => s.Hypotheses.All(h => h.Outcome == CheckOutcome.Holds)).ToList();
        var failing = clean.FirstOrDefault(s => s.Conclusion.Outcome == CheckOutcome.Fails);
        if (failing.Conclusion is not null)
        {
            return Verdicts.Judge.Decide(Id, gates, failing.Hypotheses, failing.Conclusion, numbers);
        }
        var hypotheses = Enumerable.Range(0, 3).Select(k => GulcuChecks.Worst(steps.Select(s => s.Hypotheses[k]))).ToArray();
        return Verdicts.Judge.Decide(Id, gates, hypotheses, GulcuChecks.Worst(steps.Select(s => s.Conclusion)), numbers);
    }

    private static Check[] Hypotheses(GradientDescentStep s, double eta, int n)
    {
        double x = eta * s.MinEigenvalue;
        double rho = Math.Sqrt(Math.Max(0, 1 - x)) - (1 - x);
        double dRho = Math.Abs(1 - (0.5 / Math.Sqrt(Math.Max(1e-300, 1 - x))));
        double r = s.ResidualNorm;
        return
        [
            Check.AtMost($"step size (t = {s.Index})", "η(λ_max + λ_min)(G_t) ≤ 2", eta * (s.MaxEigenvalue + s.MinEigenvalue), 2,
                eta * (s.MaxEigenvalueError + s.MinEigenvalueError), "η × eigenvalue error bounds (with Gram rounding)"),
            Check.AtLeast($"full rank along the run (t = {s.Index})", "λ_min(G_t) > 0", s.MinEigenvalue, 0,
                VerdictTolerances.Eigenvalue(s.MaxEigenvalue, s.MinEigenvalueError), "1e−8·‖G_t‖₂ + eigenvalue error bound + Gram rounding"),
            Check.AtMost($"second-order remainder (t = {s.Index})", "‖e_t‖/‖r_t‖ ≤ √(1 − ηλ_t) − (1 − ηλ_t)", s.RemainderNorm / r, rho,
                (((2 * Math.Sqrt(n) * s.OutputRounding) + s.GramProductRounding + (eta * s.GramRounding * r)) / r) + (dRho * eta * s.MinEigenvalueError),
                "(2√n·ε_f + ηG r rounding + η·‖Ĝ − G‖·‖r‖)/‖r‖ + |ρ′|·η·e_λ"),
        ];
    }

    private static Check Conclusion(GradientDescentStep s, double eta, int n)
    {
        double ratio = s.NextLoss / s.Loss;
        double tolerance = (eta * s.MinEigenvalueError)
            + ((GulcuChecks.LossRounding(s.NextLoss, n, s.OutputRounding) + (ratio * GulcuChecks.LossRounding(s.Loss, n, s.OutputRounding))) / s.Loss);
        return Check.AtMost($"linear rate (t = {s.Index})", "L_{t+1}/L_t ≤ 1 − η·λ_min(J_tJ_tᵀ)", ratio, 1 - (eta * s.MinEigenvalue),
            tolerance, "η·e_λ + rounding of L_t and L_{t+1} from the per-output bound ε_f");
    }

    private static IReadOnlyList<NamedValue> Numbers(GulcuEvidence e)
    {
        var run = e.Run;
        var net = e.Problem.Network;
        double product = run.Losses[0];
        foreach (var s in run.Steps)
        {
            product *= 1 - (run.StepSize * s.MinEigenvalue);
        }
        return
        [
            new("η", run.StepSize),
            new("λ_min(G₀)", run.InitialMinEigenvalue),
            new("λ_max(G₀)", run.InitialMaxEigenvalue),
            new("min_t λ_min(G_t)", run.Steps.Count > 0 ? run.Steps.Min(s => s.MinEigenvalue) : double.NaN),
            new("max_t ‖e_t‖/‖r_t‖", run.Steps.Count > 0 ? run.Steps.Max(s => s.RemainderNorm / s.ResidualNorm) : double.NaN),
            new("L_0", run.Losses[0]),
            new("L_T", run.FinalLoss),
            new("Π(1 − ηλ_t)·L_0", product),
            new("T", run.StepCount),
            new("stop reason", (int)run.StopReason),
            new("n", e.SampleCount),
            new("m", net.Width),
            new("H", net.Depth),
            new("P", net.ParameterCount),
            new("seed", e.Problem.Seed),
        ];
    }
}
