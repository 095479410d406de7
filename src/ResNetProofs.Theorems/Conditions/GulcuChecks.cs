using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>The checks of the Gulcu statements (theorems.md, Gulcu): data hypotheses, the Gram routes' agreement and per-step checks along a run.</summary>
public static class GulcuChecks
{
    /// <summary>Gate: ‖J₀J₀ᵀ − G₀‖₂ ≤ <see cref="GulcuEvidence.GramAgreementBound"/> (passes with a note when J₀ is too large to form).</summary>
    public static Gate GramRoutesAgree(GulcuEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.ExplicitGram is not { } explicitGram)
        {
            return new Gate("J Jᵀ two ways", true, $"explicit J₀ skipped: n·P = {(long)e.SampleCount * e.Problem.Network.ParameterCount} > {GulcuEvidence.ExplicitJacobianLimit}");
        }
        double difference = (explicitGram - e.Gram).L2Norm();
        return new Gate("J Jᵀ two ways", difference <= e.GramAgreementBound,
            $"‖J₀J₀ᵀ − Σ_h kernel_h‖₂ = {Check.Number(difference)}, bound {Check.Number(e.GramAgreementBound)}");
    }

    /// <summary>Hypothesis ‖x_i‖ = 1: max_i |‖x_i‖ − 1| ≤ 16·d·u (a d-term norm's rounding), decided exactly.</summary>
    public static Check UnitInputs(GulcuEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var data = e.Problem.Data;
        double worst = 0;
        for (int i = 0; i < data.Count; i++)
        {
            double s = 0;
            foreach (double v in data.Input(i))
            {
                s += v * v;
            }
            worst = Math.Max(worst, Math.Abs(Math.Sqrt(s) - 1));
        }
        double allowed = 16.0 * data.Dimension * Tolerances.UnitRoundoff;
        return Check.Exact("unit inputs", "max_i |‖x_i‖ − 1| ≤ 16·d·u", worst <= allowed, worst, allowed);
    }

    /// <summary>Hypothesis no two inputs parallel: min_{i≠j}(1 − |x_iᵀx_j|) &gt; 0, τ = 16·d·u (d-term dot products of unit vectors).</summary>
    public static Check NonParallelInputs(GulcuEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var data = e.Problem.Data;
        double worst = double.PositiveInfinity;
        for (int i = 0; i < data.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double dot = 0;
                var xi = data.Input(i);
                var xj = data.Input(j);
                for (int k = 0; k < data.Dimension; k++)
                {
                    dot += xi[k] * xj[k];
                }
                worst = Math.Min(worst, 1 - Math.Abs(dot));
            }
        }
        if (double.IsPositiveInfinity(worst))
        {
            worst = 1; // n = 1: no pair.
        }
        return Check.AtLeast("no two inputs parallel", "min_{i≠j} (1 − |x_iᵀx_j|) > 0", worst, 0, 16.0 * data.Dimension * Tolerances.UnitRoundoff, "16·d·u (d-term dot products of unit vectors)");
    }

    /// <summary>Hypothesis σ = softplus (theorems.md's setting), decided exactly.</summary>
    public static Check Softplus(GulcuEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var sigma = e.Problem.Network.Activation;
        return Check.Exact("σ = softplus", "σ = softplus (smooth, positive)", sigma == ActivationKind.Softplus, (int)sigma, (int)ActivationKind.Softplus);
    }

    /// <summary>Gate: the run produced finite numbers and tracked at least one step.</summary>
    public static Gate RunUsable(GradientDescentRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        bool passed = run.StopReason != ExitCondition.NonFinite && run.Steps.Count > 0;
        return new Gate("run usable", passed, $"stop reason {run.StopReason}, {run.StepCount} steps, {run.Steps.Count} tracked");
    }

    /// <summary>Rounding bound of L = ½‖r‖² from per-output errors ε_f: ‖r‖·√n·ε_f + ½n·ε_f² + 16·n·u·L (absolute).</summary>
    public static double LossRounding(double loss, int samples, double outputRounding)
    {
        double r = Math.Sqrt(2 * Math.Max(loss, 0));
        return (r * Math.Sqrt(samples) * outputRounding) + (0.5 * samples * outputRounding * outputRounding) + (16.0 * samples * Tolerances.UnitRoundoff * loss);
    }

    /// <summary>
    /// The worst of a family of per-step checks: a failing one if any (most negative margin + τ), else an undecided one, else the
    /// holding one with the smallest margin − τ.
    /// </summary>
    public static Check Worst(IEnumerable<Check> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return checks
            .OrderBy(c => c.Outcome switch { CheckOutcome.Fails => 0, CheckOutcome.Undecided => 1, _ => 2 })
            .ThenBy(c => c.Outcome == CheckOutcome.Fails ? c.Margin + c.Tolerance : c.Margin - c.Tolerance)
            .First();
    }
}
