using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>The checks of a Rademacher bound R̂_S(F_L) ≤ C·max_i‖x_i‖/√n, shared by the true statement (C = e²) and its planted variant.</summary>
public static class RademacherChecks
{
    /// <summary>
    /// Rounding of the lower estimate (absolute): 16·(n + K + L(2d + 2m) + d)·u·max(1, B) — each Ẑ is an n-term mean of forward
    /// passes through L blocks of widths d and m, with |f(x_i)| ≤ B-sized terms, then K of them are averaged.
    /// </summary>
    public static double Rounding(RademacherEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = e.Result;
        var o = e.Options;
        int terms = r.SampleCount + o.SignVectors + (o.Depth * ((2 * r.InputDimension) + (2 * o.Width))) + r.InputDimension;
        return VerdictTolerances.MeanRounding(terms, r.RangeBound);
    }

    /// <summary>
    /// Gate: the members searched satisfy |f(x_i)| ≤ (1 + 1/L)^L‖x_i‖, which justifies Z_σ ∈ [0, B] (Hoeffding's range); passes when
    /// max|f(x_i)|/‖x_i‖ ≤ (1 + 1/L)^L·(1 + 16·(L(2d + 2m) + d)·u).
    /// </summary>
    public static Gate RangeVerified(RademacherEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = e.Result;
        double slack = VerdictTolerances.MeanRounding((e.Options.Depth * ((2 * r.InputDimension) + (2 * e.Options.Width))) + r.InputDimension, 1);
        bool passed = r.MaxNormRatio <= r.GrowthFactor * (1 + slack);
        return new Gate("Hoeffding range", passed,
            $"max |f(x_i)|/‖x_i‖ = {Check.Number(r.MaxNormRatio)} over the members searched, (1 + 1/L)^L = {Check.Number(r.GrowthFactor)}, relative slack {Check.Number(slack)}");
    }

    /// <summary>
    /// The conclusion R̂_S(F_L) ≤ C·max_i‖x_i‖/√n, with the left side the confidence-(1 − α) lower bound mean Ẑ − B√(ln(1/α)/(2K));
    /// it fails (a Counterexample with probability ≥ 1 − α of being real) only when that exceeds the bound by more than rounding.
    /// </summary>
    public static Check Bound(RademacherEvidence e, double constant, string constantText)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = e.Result;
        return Check.AtMost(
            "Rademacher bound",
            $"R̂_S(F_L) ≤ {constantText}·max_i‖x_i‖/√n (left: mean Ẑ − B√(ln(1/α)/(2K)), confidence 1 − α)",
            e.ConfidentLowerBound,
            constant * r.MaxInputNorm / Math.Sqrt(r.SampleCount),
            Rounding(e),
            "16·(n + K + L(2d + 2m) + d)·u·max(1, B)");
    }

    /// <summary>
    /// The conclusion R̂_S(F_L) ≤ C·max_i‖x_i‖/√n, decided by proof when it fails: the unit-norm linear members of F_L give the
    /// certified lower bound R̂_S ≥ E_σ‖(1/n)Σσ_i x_i‖ (<see cref="LinearMemberBound"/>), and when its lower end exceeds the enclosed
    /// right side the statement is refuted. Otherwise the statistical check (<see cref="Bound"/>) speaks: it may confirm, but a
    /// Counterexample from it holds only with confidence 1 − α, so the Judge keeps it Inconclusive (not certified).
    /// </summary>
    public static Check Conclusion(RademacherEvidence e, double constant, string constantText)
    {
        ArgumentNullException.ThrowIfNull(e);
        var linear = e.LinearMembers;
        var right = RightSide(linear, constant);
        return linear.Lower > right.Hi
            ? Check.Certified("Rademacher bound", $"R̂_S(F_L) ≤ {constantText}·max_i‖x_i‖/√n (refuted by the unit-norm linear members)", CheckOutcome.Fails,
                $"R̂_S(F_L) ≥ {Check.Number(linear.Lower)} > {Check.Number(right.Hi)} ≥ {constantText}·max_i‖x_i‖/√n; {linear.Method}")
            : Bound(e, constant, constantText);
    }

    /// <summary>The enclosures behind a refutation by linear members (for the verdict's certificate), or null when they do not refute.</summary>
    public static VerdictCertificate? Certificate(RademacherEvidence e, double constant, string constantText)
    {
        ArgumentNullException.ThrowIfNull(e);
        var linear = e.LinearMembers;
        var right = RightSide(linear, constant);
        if (!(linear.Lower > right.Hi))
        {
            return null;
        }
        var enclosures = new List<EnclosedValue>();
        if (linear.Enumerated is { } exact)
        {
            enclosures.Add(new("E_σ‖(1/n)Σσ_i x_i‖ (every pattern)", exact.Lo, exact.Hi, "outward-rounded sum over the 2^(n−1) sign patterns modulo ±σ"));
        }
        enclosures.Add(new("√(Σ‖x_i‖²)/(√2·n) ≤ E_σ‖(1/n)Σσ_i x_i‖", linear.KhintchineKahane.Lo, linear.KhintchineKahane.Hi, "Khintchine–Kahane, Latała–Oleszkiewicz constant 1/√2; outward-rounded"));
        enclosures.Add(new($"{constantText}·max_i‖x_i‖/√n", right.Lo, right.Hi, "outward-rounded"));
        return new VerdictCertificate
        {
            Method = "lower bound from the unit-norm linear members of F_L (V_l = 0)",
            Detail = $"R̂_S(F_L) ≥ E_σ‖(1/n)Σσ_i x_i‖ ≥ {Check.Number(linear.Lower)} > {Check.Number(right.Hi)}; {linear.Method}",
            Enclosures = enclosures,
        };
    }

    private static Interval RightSide(LinearMemberBoundResult linear, double constant) =>
        Interval.Point(constant) * linear.MaxInputNorm / Interval.Sqrt(Interval.Point(linear.SampleCount));

    /// <summary>The numbers a Rademacher verdict reports: the estimate, Hoeffding's term, B, the bound, α, K and the ascent's settings.</summary>
    public static IReadOnlyList<NamedValue> Numbers(RademacherEvidence e, double constant)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = e.Result;
        var o = e.Options;
        return
        [
            new("certified lower bound (linear members)", e.LinearMembers.Lower),
            new("lower estimate mean Ẑ", r.Mean),
            new("Hoeffding term", e.HoeffdingTerm),
            new("confident lower bound", e.ConfidentLowerBound),
            new("bound", constant * r.MaxInputNorm / Math.Sqrt(r.SampleCount)),
            new("B = (1+1/L)^L·mean‖x‖", r.RangeBound),
            new("α", e.Alpha),
            new("K", o.SignVectors),
            new("distinct σ", r.DistinctPatterns),
            new("L", o.Depth),
            new("width", o.Width),
            new("restarts", o.Restarts),
            new("steps", o.Steps),
            new("seed", o.Seed),
        ];
    }
}
