using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>Checks that several theorems share: criticality, local minimality, strict saddles, and R ≤ R_lin.</summary>
public static class CommonChecks
{
    /// <summary>
    /// θ is a critical point: ‖∇R‖₂ ≤ ε, with ε the refinement's tolerance or 1e−10·max(1, |R|); the margin's error is the
    /// rounding of an n-term gradient sum, <see cref="VerdictTolerances.MeanRounding"/> at the scale of R.
    /// </summary>
    public static Check IsCritical(PointEvidence at)
    {
        double epsilon = at.Refinement?.Tolerance ?? VerdictTolerances.CriticalGradient(at.Value);
        return Check.AtMost(
            "critical point",
            "‖∇R(θ)‖₂ ≤ ε",
            at.GradientNorm,
            epsilon,
            Math.Min(epsilon / 2, VerdictTolerances.MeanRounding(at.SampleCount, at.Value)),
            at.Refinement is null ? "n-term rounding; ε = 1e−10·max(1, |R|)" : "n-term rounding; ε = the refinement's tolerance");
    }

    /// <summary>
    /// θ is a strict local minimum modulo the admissible continuous symmetries: λ_min of ∇²R on the complement of their tangents
    /// exceeds 1e−8·‖H‖₂ plus its error bound. Never holds when the full ∇²R has a witness v with vᵀ∇²R v/‖v‖² &lt; −(1e−8·‖H‖₂ + β_v)
    /// (a strict-saddle witness beyond its rounding bound): then the checked value is that Rayleigh quotient.
    /// </summary>
    public static Check IsLocalMinimum(PointEvidence at)
    {
        var c = at.Classification;
        double errorBound = c.ComplementSpectrum is { } s && s.ErrorBounds.Count > 0 ? s.ErrorBounds.Max() : 0;
        double value = c.ComplementMinEigenvalue;
        string origin = "1e−8·‖∇²R‖₂ + eigenvalue error bound";
        if (c.Witness is { } w && w.RayleighQuotient < -VerdictTolerances.Eigenvalue(c.Spectrum.Norm, w.RoundingBound) && w.RayleighQuotient < value)
        {
            value = w.RayleighQuotient;
            errorBound = Math.Max(errorBound, w.RoundingBound);
            origin = "full ∇²R has a negative witness beyond 1e−8·‖∇²R‖₂ + its rounding bound; value = its Rayleigh quotient";
        }
        return Check.AtLeast(
            "local minimum",
            "λ_min(∇²R on symmetries⊥) > 0",
            value,
            0,
            VerdictTolerances.Eigenvalue(c.Spectrum.Norm, errorBound),
            origin);
    }

    /// <summary>
    /// θ is a strict saddle: a witness v with vᵀ∇²R v/‖v‖² &lt; 0, re-evaluated exactly, by more than 1e−8·‖H‖₂ plus the
    /// witness's rounding bound. Without a witness (λ_min ≥ 0) the margin is −λ_min.
    /// </summary>
    public static Check IsStrictSaddle(PointEvidence at)
    {
        var c = at.Classification;
        var witness = c.Witness;
        double quotient = witness?.RayleighQuotient ?? c.MinEigenvalue;
        double rounding = witness?.RoundingBound ?? (c.Spectrum.ErrorBounds.Count > 0 ? c.Spectrum.ErrorBounds[0] : 0);
        return Check.AtMost(
            "strict saddle",
            "vᵀ∇²R v/‖v‖² < 0 for a witness v",
            quotient,
            0,
            VerdictTolerances.Eigenvalue(c.Spectrum.Norm, rounding),
            witness is null ? "no negative eigenvector; 1e−8·‖∇²R‖₂ + error bound" : "1e−8·‖∇²R‖₂ + witness rounding bound");
    }

    /// <summary>
    /// R(θ) ≤ R_lin at an (approximate) critical point; τ = rounding of both risks + R_lin's certified error +
    /// <see cref="VerdictTolerances.FirstOrderSlack"/>(‖∇R‖, ‖θ‖, ‖(t*, b*)‖).
    /// </summary>
    public static Check RiskAtMostLinear(PointEvidence at)
    {
        var b = at.Baseline;
        double baselineNorm = Math.Sqrt(b.Weights.Sum(t => t * t) + (b.Bias * b.Bias));
        double rounding = VerdictTolerances.MeanRounding(at.SampleCount, at.Value) + VerdictTolerances.MeanRounding(at.SampleCount, b.Value);
        double slack = VerdictTolerances.FirstOrderSlack(at.GradientNorm, at.ThetaNorm, baselineNorm);
        double certified = double.IsFinite(b.ValueErrorBound) ? b.ValueErrorBound : 0;
        return Check.AtMost(
            "no worse than linear",
            "R(θ) ≤ R_lin",
            at.Value,
            b.Value,
            rounding + certified + slack,
            "n-term rounding of R and R_lin + R_lin error bound + ‖∇R‖·(1 + ‖θ‖ + ‖(t*,b*)‖)");
    }

    /// <summary>Numbers every critical-point verdict reports: R, R_lin, ‖∇R‖, ‖θ‖, λ_min (full and modulo symmetries), the kink distance.</summary>
    public static IReadOnlyList<NamedValue> CriticalPointNumbers(PointEvidence at) =>
    [
        new("R", at.Value),
        new("R_lin", at.Baseline.Value),
        new("R - R_lin", at.Value - at.Baseline.Value),
        new("‖∇R‖₂", at.GradientNorm),
        new("‖θ‖₂", at.ThetaNorm),
        new("λ_min(∇²R)", at.Classification.MinEigenvalue),
        new("λ_min modulo symmetries", at.Classification.ComplementMinEigenvalue),
        new("kink distance", at.Kink.Distance),
    ];
}
