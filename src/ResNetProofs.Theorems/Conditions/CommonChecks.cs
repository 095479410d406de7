using System.Globalization;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>
/// Checks that several critical-point theorems share, all decided by proof: a critical point θ* certified near θ
/// (<see cref="CriticalPointCertifier"/>: Krawczyk on a symmetry slice), local minimality and strict saddles at θ* by
/// certified eigenvalue bounds and witnesses, and R(θ*) ≤ R_lin by enclosures of both sides. θ is the float point given
/// or refined; every conclusion speaks of the true critical point θ* in the certified ball around it.
/// </summary>
public static class CommonChecks
{
    /// <summary>
    /// A critical point θ* exists within the certified ball around θ. Holds when the Krawczyk test succeeds; fails (θ is
    /// not critical) when ‖∇R(θ)‖₂ is certified above ε (the refinement's tolerance or 1e−10·max(1, |R|)) and no critical
    /// point was proved nearby; otherwise undecided, with the reason the proof stopped.
    /// </summary>
    public static Check IsCritical(PointEvidence at)
    {
        var c = at.Certificate;
        const string statement = "∇R(θ*) = 0 for a θ* in a certified ball around θ";
        if (c.Exists)
        {
            return Check.Certified("critical point", statement, CheckOutcome.Holds, c.Reason);
        }
        double epsilon = at.Refinement?.Tolerance ?? VerdictTolerances.CriticalGradient(at.Value);
        var norm = Interval.Norm(at.PointEnclosure.Gradient);
        string detail = $"‖∇R(θ)‖₂ ∈ [{N(norm.Lo)}, {N(norm.Hi)}]; no critical point proved near θ: {c.Reason}";
        return Check.Certified("critical point", statement, norm.Lo > epsilon ? CheckOutcome.Fails : CheckOutcome.Undecided,
            norm.Lo > epsilon ? $"θ is not critical: {detail} (ε = {N(epsilon)})" : detail);
    }

    /// <summary>
    /// θ* is a strict local minimum modulo the symmetries: λ_min of the slice Hessian Nᵀ∇²R N is certified &gt; 0 over the
    /// Krawczyk box (Rump's Cholesky test with Weyl's bound for the enclosure's radius). Fails when a witness v has
    /// vᵀ∇²R(θ*)v certified &lt; 0 (a strict saddle is no local minimum); undecided otherwise (degenerate or unresolved).
    /// </summary>
    public static Check IsLocalMinimum(PointEvidence at)
    {
        var c = at.Certificate;
        const string statement = "θ* is a local minimum: λ_min(Nᵀ∇²R(θ*)N) > 0 on the slice transverse to the symmetries, or R(θ*) = min R";
        if (!c.Exists)
        {
            return Check.Certified("local minimum", statement, CheckOutcome.Undecided, "no critical point certified: " + c.Reason);
        }
        if (c.IsGlobalMinimum)
        {
            return Check.Certified("local minimum", statement, CheckOutcome.Holds, "R(θ*) = 0 = min R: a global, hence local, minimum (" + c.Reason + ")");
        }
        if (c.IsStrictSaddle)
        {
            return Check.Certified("local minimum", statement, CheckOutcome.Fails, $"strict saddle: vᵀ∇²R(θ*)v ≤ {N(c.WitnessCurvature.Hi)} < 0 for the witness v");
        }
        if (c.IsStrictLocalMinimum)
        {
            return Check.Certified("local minimum", statement, CheckOutcome.Holds, $"λ_min(Nᵀ∇²R N) ≥ {N(c.SliceMinEigenvalueLowerBound)} > 0 over the box; {c.Gauge}");
        }
        return Check.Certified("local minimum", statement, CheckOutcome.Undecided,
            $"slice λ_min lower bound {N(c.SliceMinEigenvalueLowerBound)} ≤ 0 and witness curvature ∈ [{N(c.WitnessCurvature.Lo)}, {N(c.WitnessCurvature.Hi)}]: degenerate or unresolved");
    }

    /// <summary>
    /// θ* is a strict saddle: the witness v (the float eigenvector of λ_min(∇²R(θ))) has vᵀ∇²R v enclosed below 0 over the
    /// Krawczyk box. Fails when θ* is a certified strict local minimum (then ∇²R(θ*) ⪰ 0); undecided otherwise.
    /// </summary>
    public static Check IsStrictSaddle(PointEvidence at)
    {
        var c = at.Certificate;
        const string statement = "vᵀ∇²R(θ*)v < 0 for a witness v";
        if (!c.Exists)
        {
            return Check.Certified("strict saddle", statement, CheckOutcome.Undecided, "no critical point certified: " + c.Reason);
        }
        if (c.IsGlobalMinimum)
        {
            return Check.Certified("strict saddle", statement, CheckOutcome.Fails, "θ* is a global minimum (R(θ*) = 0 = min R), so ∇²R(θ*) ⪰ 0");
        }
        if (c.IsStrictLocalMinimum)
        {
            return Check.Certified("strict saddle", statement, CheckOutcome.Fails, $"θ* is a certified strict local minimum (slice λ_min ≥ {N(c.SliceMinEigenvalueLowerBound)}), so ∇²R(θ*) ⪰ 0");
        }
        if (c.WitnessCurvature.Hi < 0)
        {
            return Check.AtMost("strict saddle", statement, c.WitnessCurvature, Interval.Zero, "vᵀ∇²R v over the Krawczyk box (interval Hessian)");
        }
        return Check.Certified("strict saddle", statement, CheckOutcome.Undecided,
            $"witness curvature ∈ [{N(c.WitnessCurvature.Lo)}, {N(c.WitnessCurvature.Hi)}] is not below 0, and no local minimum was certified");
    }

    /// <summary>
    /// R(θ*) ≤ R_lin, both sides enclosed: R over the Krawczyk box, R_lin between its strong-convexity lower bound and
    /// R_lin(t̃) (<see cref="LinearBaselineEnclosure"/>). Holds when Hi(R) &lt; Lo(R_lin), fails when Lo(R) &gt; Hi(R_lin);
    /// a tie (e.g. a linear saddle, R = R_lin) stays undecided.
    /// </summary>
    public static Check RiskAtMostLinear(PointEvidence at)
    {
        var c = at.Certificate;
        if (!c.Exists)
        {
            return Check.Certified("no worse than linear", "R(θ*) ≤ R_lin", CheckOutcome.Undecided, "R(θ*) is not enclosed: no critical point certified");
        }
        var b = at.BaselineEnclosure;
        return Check.AtMost("no worse than linear", "R(θ*) ≤ R_lin", c.Risk, new Interval(b.Lower, b.Upper),
            $"R over the Krawczyk box; R_lin: {b.Method}");
    }

    /// <summary>The certificate behind a critical-point verdict: existence ball, gauge, and the enclosures that decided it.</summary>
    public static VerdictCertificate CriticalPointCertificate(PointEvidence at)
    {
        var c = at.Certificate;
        var enclosures = new List<EnclosedValue>();
        if (c.Exists)
        {
            var b = at.BaselineEnclosure;
            enclosures.Add(new("R(θ*)", c.Risk.Lo, c.Risk.Hi, "interval risk over the Krawczyk box"));
            enclosures.Add(new("R_lin", b.Lower, b.Upper, b.Method));
            if (double.IsFinite(c.SliceMinEigenvalueLowerBound))
            {
                enclosures.Add(new("λ_min(Nᵀ∇²R(θ*)N)", c.SliceMinEigenvalueLowerBound, double.PositiveInfinity, "Rump's Cholesky test on the interval slice Hessian, Weyl for its radius"));
            }
            if (c.Witness is not null)
            {
                enclosures.Add(new("vᵀ∇²R(θ*)v", c.WitnessCurvature.Lo, c.WitnessCurvature.Hi, "interval Hessian over the box, witness v = float eigenvector of λ_min"));
            }
        }
        return new VerdictCertificate
        {
            Method = c.IsGlobalMinimum ? "Krawczyk existence test of an interpolating point, interval enclosures" : "Krawczyk existence test of a critical point, interval enclosures",
            Detail = c.Reason,
            Radius = c.Radius,
            Distance = c.Distance,
            Gauge = c.Gauge,
            Enclosures = enclosures,
            Witness = c.IsStrictSaddle ? c.Witness : null,
        };
    }

    /// <summary>Numbers every critical-point verdict reports: R, R_lin, ‖∇R‖, ‖θ‖, λ_min (full and modulo symmetries), the kink distance, the certified radius.</summary>
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
        new("certified distance to θ*", at.Certificate.Distance),
    ];

    private static string N(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
}
