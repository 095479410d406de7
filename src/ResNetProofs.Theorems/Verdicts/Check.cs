using System.Globalization;
using ResNetProofs.Numerics.Enclosures;

namespace ResNetProofs.Theorems.Verdicts;

/// <summary>
/// A named inequality with a signed margin: <see cref="Margin"/> &gt; 0 means the statement holds by that much, and
/// <see cref="Tolerance"/> τ ≥ 0 bounds the error of the margin. Holds when margin &gt; τ, fails when margin &lt; −τ,
/// otherwise (or with any NaN) it is undecided. A disjunction (<see cref="Either"/>) is decided by its parts.
/// A <see cref="Rigorous"/> check is decided by proof, not by a tolerance: an exact fact, or a margin known only as an
/// enclosure (<see cref="MarginEnclosure"/>): it holds when the whole enclosure is above 0 and fails when it is below.
/// </summary>
public sealed record Check
{
    /// <summary>Short name, e.g. "H1 representation coverage".</summary>
    public required string Name { get; init; }

    /// <summary>The inequality in mathematics, e.g. "λ_min(M) > 0".</summary>
    public required string Statement { get; init; }

    /// <summary>The value of the statement's left side.</summary>
    public required double Left { get; init; }

    /// <summary>The value of the statement's right side.</summary>
    public required double Right { get; init; }

    /// <summary>Signed margin: how much the statement holds by (negative: how much it fails by).</summary>
    public required double Margin { get; init; }

    /// <summary>τ ≥ 0, the error bound on <see cref="Margin"/>, in the margin's units.</summary>
    public required double Tolerance { get; init; }

    /// <summary>Where τ comes from, e.g. "1e−8·‖H‖₂ + eigenvalue error bound".</summary>
    public required string ToleranceOrigin { get; init; }

    /// <summary>For a disjunction, its parts (it holds if one holds, fails if all fail); empty otherwise.</summary>
    public IReadOnlyList<Check> AnyOf { get; init; } = [];

    /// <summary>
    /// The margin as a rigorous enclosure (right − left of enclosed sides, rounded outward), or null for a check decided by a
    /// tolerance. With it, <see cref="Margin"/> is its midpoint and <see cref="Tolerance"/> its radius.
    /// </summary>
    public Interval? MarginEnclosure { get; init; }

    /// <summary>The enclosure of the left side, when the check is enclosure-based.</summary>
    public Interval? LeftEnclosure { get; init; }

    /// <summary>The enclosure of the right side, when the check is enclosure-based.</summary>
    public Interval? RightEnclosure { get; init; }

    /// <summary>
    /// True when the outcome is proved: an exact fact (τ = 0), an enclosure, or a disjunction of rigorous parts. A tolerance
    /// that is only "plausibly larger than rounding" is not rigorous, and the <see cref="Judge"/> never lets it decide a Counterexample.
    /// </summary>
    public bool Rigorous => AnyOf.Count > 0 ? AnyOf.All(c => c.Rigorous) : MarginEnclosure is not null || IsExact;

    /// <summary>True for an exact (structural or integer) fact, decided without rounding.</summary>
    public bool IsExact { get; init; }

    /// <summary>The outcome from the margin and tolerance, or from the parts of a disjunction.</summary>
    public CheckOutcome Outcome
    {
        get
        {
            if (MarginEnclosure is { } m)
            {
                return m.Lo > 0 ? CheckOutcome.Holds : m.Hi < 0 ? CheckOutcome.Fails : CheckOutcome.Undecided;
            }
            if (AnyOf.Count > 0)
            {
                if (AnyOf.Any(c => c.Outcome == CheckOutcome.Holds))
                {
                    return CheckOutcome.Holds;
                }
                return AnyOf.All(c => c.Outcome == CheckOutcome.Fails) ? CheckOutcome.Fails : CheckOutcome.Undecided;
            }
            if (Margin > Tolerance)
            {
                return CheckOutcome.Holds;
            }
            return Margin < -Tolerance ? CheckOutcome.Fails : CheckOutcome.Undecided;
        }
    }

    /// <summary>left ≤ right (or &lt;): margin = right − left.</summary>
    public static Check AtMost(string name, string statement, double left, double right, double tolerance, string toleranceOrigin) =>
        new() { Name = name, Statement = statement, Left = left, Right = right, Margin = right - left, Tolerance = tolerance, ToleranceOrigin = toleranceOrigin };

    /// <summary>left ≥ right (or &gt;): margin = left − right.</summary>
    public static Check AtLeast(string name, string statement, double left, double right, double tolerance, string toleranceOrigin) =>
        new() { Name = name, Statement = statement, Left = left, Right = right, Margin = left - right, Tolerance = tolerance, ToleranceOrigin = toleranceOrigin };

    /// <summary>
    /// An exact (structural or integer) fact, decided without rounding: margin ±1, τ = 0. <paramref name="left"/> and
    /// <paramref name="right"/> are the integers compared (e.g. Σ m_l and d).
    /// </summary>
    public static Check Exact(string name, string statement, bool holds, double left, double right) =>
        new() { Name = name, Statement = statement, Left = left, Right = right, Margin = holds ? 1 : -1, Tolerance = 0, ToleranceOrigin = "exact (no rounding)", IsExact = true };

    /// <summary>
    /// left ≤ right proved by enclosures: holds when Hi(left) &lt; Lo(right), fails when Lo(left) &gt; Hi(right), otherwise undecided
    /// ("tie or within enclosure"). <paramref name="origin"/> says how each side was enclosed.
    /// </summary>
    public static Check AtMost(string name, string statement, Interval left, Interval right, string origin) => Enclosed(name, statement, left, right, right - left, origin);

    /// <summary>left ≥ right (or &gt;) proved by enclosures: holds when Lo(left) &gt; Hi(right), fails when Hi(left) &lt; Lo(right).</summary>
    public static Check AtLeast(string name, string statement, Interval left, Interval right, string origin) => Enclosed(name, statement, left, right, left - right, origin);

    /// <summary>
    /// A fact proved (or refuted) by a certificate, not a margin: <paramref name="outcome"/> with margin ±1 (NaN when
    /// undecided) and τ = 0; <paramref name="detail"/> says what was proved and how (e.g. the Krawczyk radius).
    /// </summary>
    public static Check Certified(string name, string statement, CheckOutcome outcome, string detail) => new()
    {
        Name = name,
        Statement = statement,
        Left = double.NaN,
        Right = double.NaN,
        Margin = outcome switch { CheckOutcome.Holds => 1, CheckOutcome.Fails => -1, _ => double.NaN },
        Tolerance = 0,
        ToleranceOrigin = detail,
        IsExact = true,
    };

    /// <summary>
    /// A conclusion that was not evaluated because a hypothesis does not hold: NaN sides, margin and τ, so never decided
    /// (built by <see cref="Judge.DecideIfHypothesesHold"/>); <paramref name="why"/> says what is missing.
    /// </summary>
    public static Check NotEvaluated(string name, string why) => new()
    {
        Name = name,
        Statement = "not evaluated: " + why,
        Left = double.NaN,
        Right = double.NaN,
        Margin = double.NaN,
        Tolerance = double.NaN,
        ToleranceOrigin = "not evaluated",
    };

    private static Check Enclosed(string name, string statement, Interval left, Interval right, Interval margin, string origin) => new()
    {
        Name = name,
        Statement = statement,
        Left = left.Mid,
        Right = right.Mid,
        Margin = margin.Mid,
        Tolerance = margin.Radius,
        ToleranceOrigin = "enclosure: " + origin,
        MarginEnclosure = margin,
        LeftEnclosure = left,
        RightEnclosure = right,
    };

    /// <summary>A disjunction: holds if any part holds, fails if every part fails; margin = the largest part margin.</summary>
    public static Check Either(string name, string statement, params Check[] parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Length);
        var best = parts.MaxBy(p => p.Margin - p.Tolerance)!;
        return new()
        {
            Name = name,
            Statement = statement,
            Left = double.NaN,
            Right = double.NaN,
            Margin = best.Margin,
            Tolerance = best.Tolerance,
            ToleranceOrigin = "per part",
            AnyOf = parts,
        };
    }

    /// <summary>One line: "name: statement: left vs right, margin m (τ = t, origin) → outcome".</summary>
    public string Describe()
    {
        if (AnyOf.Count > 0)
        {
            return $"{Name}: {Statement} → {Word(Outcome)} [" + string.Join("; ", AnyOf.Select(c => c.Describe())) + "]";
        }
        if (MarginEnclosure is { } m)
        {
            return $"{Name}: {Statement}: {Range(LeftEnclosure)} vs {Range(RightEnclosure)}, margin ∈ [{Number(m.Lo)}, {Number(m.Hi)}] ({ToleranceOrigin}) → {Word(Outcome)}";
        }
        if (IsExact && double.IsNaN(Left))
        {
            return $"{Name}: {Statement} ({ToleranceOrigin}) → {Word(Outcome)}";
        }
        return $"{Name}: {Statement}: {Number(Left)} vs {Number(Right)}, margin {Number(Margin)} (τ = {Number(Tolerance)}, {ToleranceOrigin}) → {Word(Outcome)}";
    }

    /// <summary>A number as in reports: round-trip for exact integers, else 6 significant digits.</summary>
    public static string Number(double value) =>
        double.IsInteger(value) && Math.Abs(value) < 1e15 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Range(Interval? x) => x is { } i ? $"[{Number(i.Lo)}, {Number(i.Hi)}]" : "?";

    private static string Word(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Holds => "holds",
        CheckOutcome.Fails => "fails",
        _ => "undecided",
    };
}
