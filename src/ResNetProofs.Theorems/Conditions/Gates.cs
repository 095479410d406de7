using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>The soundness gates shared by the theorems: when one fails, no verdict but Inconclusive is sound.</summary>
public static class Gates
{
    /// <summary>
    /// θ came from a refinement that stopped Converged (‖∇R‖ ≤ tol, no drift), or was taken as given (no record), or a true
    /// critical point is certified near it whatever the refinement's stop reason (the certificate, not the run, is the proof).
    /// </summary>
    public static Gate RefinementConverged(PointEvidence at)
    {
        if (at.Refinement is not { } r)
        {
            return new Gate("refinement converged", true, "no refinement record: θ taken as given; criticality is a hypothesis");
        }
        return new Gate(
            "refinement converged",
            r.StopReason == RefinementStopReason.Converged || at.Certificate.Exists,
            $"stop reason {r.StopReason} after {r.Iterations} iterations: ‖∇R‖ = {Check.Number(r.GradientNorm)}, tol = {Check.Number(r.Tolerance)}; {r.Note}"
            + (r.StopReason != RefinementStopReason.Converged && at.Certificate.Exists ? "; a critical point is certified nearby, so the run's stop reason does not matter" : ""));
    }

    /// <summary>
    /// R is twice differentiable at θ: no ReLU pre-activation of any data point within <see cref="Tolerances.KinkAbsolute"/> of 0
    /// (passes trivially without ReLU units).
    /// </summary>
    public static Gate SmoothAtData(PointEvidence at)
    {
        var kink = at.Kink;
        if (!kink.HasRelu)
        {
            return new Gate("no ReLU kink at a data point", true, "no ReLU units: R is smooth");
        }
        return new Gate(
            "no ReLU kink at a data point",
            !kink.IsAtKink(Tolerances.KinkAbsolute),
            $"min |pre-activation| = {Check.Number(kink.Distance)} at {kink.Node}, sample {kink.Sample}, unit {kink.Unit}; tolerance {Check.Number(Tolerances.KinkAbsolute)} (absolute)");
    }

    /// <summary>R_lin is a minimum (a minimiser t* exists and its value is certified), not only an infimum.</summary>
    public static Gate BaselineAttained(PointEvidence at)
    {
        var b = at.Baseline;
        return new Gate(
            "R_lin attained",
            b.Attained && double.IsFinite(b.ValueErrorBound),
            $"{b.Status} by {b.Method}: R_lin = {Check.Number(b.Value)}, error bound {Check.Number(b.ValueErrorBound)}{(b.Note is null ? "" : "; " + b.Note)}");
    }
}
