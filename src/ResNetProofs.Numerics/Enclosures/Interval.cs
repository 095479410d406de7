using System.Globalization;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// A closed interval [Lo, Hi] of reals that is guaranteed to contain the true value of what it encloses. Every
/// operation rounds outward: it computes the correctly rounded IEEE result and then steps one ulp down for Lo and one
/// ulp up for Hi (<see cref="Math.BitDecrement"/>/<see cref="Math.BitIncrement"/>), which covers the ½-ulp error of +, −,
/// ×, ÷ and √. Elementary functions (exp, log, log1p, tanh) are widened by <see cref="ElementaryUlps"/> ulps
/// (see there for the assumed library accuracy). Anything undefined (NaN, division by an interval containing 0) gives
/// <see cref="Entire"/>, which never decides a comparison, so an enclosure error can cost a verdict but never flip one.
/// </summary>
public readonly struct Interval : IEquatable<Interval>
{
    /// <summary>
    /// Ulps by which the results of exp, log, log1p and tanh are widened on each side: 4. Assumption (documented, not
    /// proved here): the platform's Math.Exp/Log/Tanh are faithful to within 2 ulps (glibc's manual lists ≤ 1 ulp for
    /// exp and log and ≤ 2 for tanh on x86_64; .NET calls the C runtime), and <see cref="Precision.AccurateMath.Log1p"/>
    /// adds at most 2 more (Goldberg 1991, Theorem 4: ≤ 5u with a faithful log). We take twice the larger bound.
    /// </summary>
    public const int ElementaryUlps = 4;

    /// <summary>Below this magnitude (2⁻⁹⁶⁰ ≈ 1e−289) ulp-relative widening is replaced by this absolute widening, so
    /// subnormal results (whose relative error is large) are still enclosed.</summary>
    public const double TinyAbsolute = 1.0020841800044864e-289;

    /// <summary>Creates [lo, hi]; a NaN endpoint or lo &gt; hi gives <see cref="Entire"/> (an undecided value).</summary>
    public Interval(double lo, double hi)
    {
        if (double.IsNaN(lo) || double.IsNaN(hi) || lo > hi)
        {
            Lo = double.NegativeInfinity;
            Hi = double.PositiveInfinity;
        }
        else
        {
            Lo = lo;
            Hi = hi;
        }
    }

    /// <summary>Lower endpoint.</summary>
    public double Lo { get; }

    /// <summary>Upper endpoint.</summary>
    public double Hi { get; }

    /// <summary>(−∞, +∞): nothing known.</summary>
    public static Interval Entire => new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>π ∈ [Math.PI, next double]: Math.PI is the double just below π.</summary>
    public static Interval Pi => new(Math.PI, Math.BitIncrement(Math.PI));

    /// <summary>[0, 0].</summary>
    public static Interval Zero => new(0, 0);

    /// <summary>The degenerate interval [x, x] (exact: x is a double).</summary>
    public static Interval Point(double x) => new(x, x);

    /// <summary>[x − r, x + r], rounded outward (r ≥ 0).</summary>
    public static Interval Ball(double x, double r) => new(Down(x - r), Up(x + r));

    /// <summary>The smallest interval containing both.</summary>
    public static Interval Hull(Interval a, Interval b) => new(Math.Min(a.Lo, b.Lo), Math.Max(a.Hi, b.Hi));

    /// <summary>True when Lo = Hi (a double, known exactly).</summary>
    public bool IsPoint => Lo == Hi;

    /// <summary>True when both endpoints are finite.</summary>
    public bool IsFinite => double.IsFinite(Lo) && double.IsFinite(Hi);

    /// <summary>Hi − Lo, rounded up (∞ for unbounded intervals).</summary>
    public double Width => Up(Hi - Lo);

    /// <summary>A double inside the interval: (Lo + Hi)/2 (0 for <see cref="Entire"/>).</summary>
    public double Mid => !IsFinite ? (double.IsFinite(Lo) ? Lo : double.IsFinite(Hi) ? Hi : 0) : Math.Clamp(Lo + ((Hi - Lo) / 2), Lo, Hi);

    /// <summary>max(Mid − Lo, Hi − Mid), rounded up: [Mid ± Radius] ⊇ this.</summary>
    public double Radius => Math.Max(Up(Mid - Lo), Up(Hi - Mid));

    /// <summary>max(|Lo|, |Hi|), the largest magnitude in the interval.</summary>
    public double Magnitude => Math.Max(Math.Abs(Lo), Math.Abs(Hi));

    /// <summary>min |x| over the interval (0 when it contains 0).</summary>
    public double Mignitude => Contains(0) ? 0 : Math.Min(Math.Abs(Lo), Math.Abs(Hi));

    /// <summary>Lo ≤ x ≤ Hi.</summary>
    public bool Contains(double x) => Lo <= x && x <= Hi;

    /// <summary>This ⊆ (other's interior): other.Lo &lt; Lo and Hi &lt; other.Hi.</summary>
    public bool IsInteriorOf(Interval other) => other.Lo < Lo && Hi < other.Hi;

    /// <summary>Every element is &lt; every element of <paramref name="other"/>: Hi &lt; other.Lo.</summary>
    public bool CertainlyLess(Interval other) => Hi < other.Lo;

    /// <summary>Every element is ≤ every element of <paramref name="other"/>: Hi ≤ other.Lo.</summary>
    public bool CertainlyAtMost(Interval other) => Hi <= other.Lo;

    /// <summary>The interval sum, rounded outward.</summary>
    public static Interval operator +(Interval a, Interval b) => new(Down(a.Lo + b.Lo), Up(a.Hi + b.Hi));

    /// <summary>The interval difference, rounded outward.</summary>
    public static Interval operator -(Interval a, Interval b) => new(Down(a.Lo - b.Hi), Up(a.Hi - b.Lo));

    /// <summary>Negation (exact).</summary>
    public static Interval operator -(Interval a) => new(-a.Hi, -a.Lo);

    /// <summary>The interval product, rounded outward (0·∞ taken as 0, the interval convention).</summary>
    public static Interval operator *(Interval a, Interval b)
    {
        if (a.IsPoint && b.IsPoint)
        {
            if (a.Lo == 0 || b.Lo == 0)
            {
                return Zero;
            }
            double p = a.Lo * b.Lo;
            return new(Down(p), Up(p));
        }
        double l1 = MulDown(a.Lo, b.Lo), l2 = MulDown(a.Lo, b.Hi), l3 = MulDown(a.Hi, b.Lo), l4 = MulDown(a.Hi, b.Hi);
        double h1 = MulUp(a.Lo, b.Lo), h2 = MulUp(a.Lo, b.Hi), h3 = MulUp(a.Hi, b.Lo), h4 = MulUp(a.Hi, b.Hi);
        return new(Math.Min(Math.Min(l1, l2), Math.Min(l3, l4)), Math.Max(Math.Max(h1, h2), Math.Max(h3, h4)));
    }

    /// <summary>a/b, rounded outward; <see cref="Entire"/> when b contains 0.</summary>
    public static Interval operator /(Interval a, Interval b)
    {
        if (b.Contains(0))
        {
            return Entire;
        }
        double[] q = [a.Lo / b.Lo, a.Lo / b.Hi, a.Hi / b.Lo, a.Hi / b.Hi];
        if (q.Any(double.IsNaN))
        {
            return Entire;
        }
        return new(Down(q.Min()), Up(q.Max()));
    }

    /// <summary>a + x for a double x.</summary>
    public static Interval operator +(Interval a, double x) => a + Point(x);

    /// <summary>a − x for a double x.</summary>
    public static Interval operator -(Interval a, double x) => a - Point(x);

    /// <summary>a·x for a double x.</summary>
    public static Interval operator *(Interval a, double x) => a * Point(x);

    /// <summary>x·a for a double x.</summary>
    public static Interval operator *(double x, Interval a) => Point(x) * a;

    /// <summary>a/x for a double x.</summary>
    public static Interval operator /(Interval a, double x) => a / Point(x);

    /// <summary>x² over the interval (exact dependency: [0, …] when it contains 0), rounded outward.</summary>
    public static Interval Sqr(Interval a)
    {
        double m = a.Mignitude, g = a.Magnitude;
        return new(m == 0 ? 0 : Math.Max(0, Down(m * m)), g == 0 ? 0 : Up(g * g));
    }

    /// <summary>√x, rounded outward; negative parts are cut off (<see cref="Entire"/> when Hi &lt; 0).</summary>
    public static Interval Sqrt(Interval a) => a.Hi < 0 ? Entire : new(a.Lo <= 0 ? 0 : Math.Max(0, Down(Math.Sqrt(a.Lo))), Up(Math.Sqrt(a.Hi)));

    /// <summary>|x| over the interval.</summary>
    public static Interval Abs(Interval a) => new(a.Mignitude, a.Magnitude);

    /// <summary>max(0, x) (ReLU), exact.</summary>
    public static Interval PositivePart(Interval a) => new(Math.Max(0, a.Lo), Math.Max(0, a.Hi));

    /// <summary>e^x (monotone), widened by <see cref="ElementaryUlps"/>; never below 0.</summary>
    public static Interval Exp(Interval a) => new(Math.Max(0, WidenDown(Math.Exp(a.Lo))), WidenUp(Math.Exp(a.Hi)));

    /// <summary>log x (monotone), widened by <see cref="ElementaryUlps"/>; −∞ below when Lo ≤ 0 (<see cref="Entire"/> when Hi &lt; 0).</summary>
    public static Interval Log(Interval a) => a.Hi < 0 ? Entire : new(a.Lo <= 0 ? double.NegativeInfinity : WidenDown(Math.Log(a.Lo)), a.Hi == 0 ? double.NegativeInfinity : WidenUp(Math.Log(a.Hi)));

    /// <summary>log(1 + x) (monotone, accurate near 0), widened by <see cref="ElementaryUlps"/>; −∞ below when Lo ≤ −1.</summary>
    public static Interval Log1p(Interval a) => a.Hi < -1 ? Entire
        : new(a.Lo <= -1 ? double.NegativeInfinity : WidenDown(Precision.AccurateMath.Log1p(a.Lo)), WidenUp(Precision.AccurateMath.Log1p(a.Hi)));

    /// <summary>tanh x (monotone), widened by <see cref="ElementaryUlps"/> and clipped to [−1, 1].</summary>
    public static Interval Tanh(Interval a) => new(Math.Max(-1, WidenDown(Math.Tanh(a.Lo))), Math.Min(1, WidenUp(Math.Tanh(a.Hi))));

    /// <summary>Σ a_i, rounded outward at every step.</summary>
    public static Interval Sum(ReadOnlySpan<Interval> terms)
    {
        var s = Zero;
        foreach (var t in terms)
        {
            s += t;
        }
        return s;
    }

    /// <summary>Σ a_i·b_i, rounded outward at every step.</summary>
    public static Interval Dot(ReadOnlySpan<Interval> a, ReadOnlySpan<Interval> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"lengths differ: {a.Length} and {b.Length}", nameof(b));
        }
        var s = Zero;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }
        return s;
    }

    /// <summary>‖a‖₂ = √(Σ a_i²), rounded outward.</summary>
    public static Interval Norm(ReadOnlySpan<Interval> a)
    {
        var s = Zero;
        foreach (var t in a)
        {
            s += Sqr(t);
        }
        return Sqrt(s);
    }

    /// <summary>The largest double ≤ x − (an ulp), i.e. a strict lower bound for a value rounded to nearest as x.</summary>
    public static double Down(double x) => Math.BitDecrement(x);

    /// <summary>The smallest double ≥ x + (an ulp), i.e. a strict upper bound for a value rounded to nearest as x.</summary>
    public static double Up(double x) => Math.BitIncrement(x);

    /// <inheritdoc/>
    public bool Equals(Interval other) => Lo.Equals(other.Lo) && Hi.Equals(other.Hi);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Interval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lo, Hi);

    /// <summary>Equal endpoints.</summary>
    public static bool operator ==(Interval a, Interval b) => a.Equals(b);

    /// <summary>Different endpoints.</summary>
    public static bool operator !=(Interval a, Interval b) => !a.Equals(b);

    /// <summary>"[lo, hi]" in round-trip precision.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Lo:R}, {Hi:R}]");

    private static double MulDown(double x, double y) => x == 0 || y == 0 ? 0 : Down(x * y);

    private static double MulUp(double x, double y) => x == 0 || y == 0 ? 0 : Up(x * y);

    private static double WidenDown(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NegativeInfinity;
        }
        if (Math.Abs(x) < TinyAbsolute)
        {
            return x - TinyAbsolute;
        }
        for (int k = 0; k < ElementaryUlps; k++)
        {
            x = Math.BitDecrement(x);
        }
        return x;
    }

    private static double WidenUp(double x)
    {
        if (double.IsNaN(x))
        {
            return double.PositiveInfinity;
        }
        if (Math.Abs(x) < TinyAbsolute)
        {
            return x + TinyAbsolute;
        }
        for (int k = 0; k < ElementaryUlps; k++)
        {
            x = Math.BitIncrement(x);
        }
        return x;
    }
}
