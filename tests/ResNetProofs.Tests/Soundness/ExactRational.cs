using System.Globalization;
using System.Numerics;

namespace ResNetProofs.Tests.Soundness;

/// <summary>
/// An exact rational p/q (BigInteger, q &gt; 0, gcd(p, q) = 1): every finite double is one exactly (m·2^e from its IEEE bits),
/// and +, −, ×, ÷ are exact, so sums of products of doubles are evaluated without rounding. Self-contained for the
/// soundness catalogue (a shared Rational may appear under Support later).
/// </summary>
public readonly struct ExactRational : IEquatable<ExactRational>, IComparable<ExactRational>
{
    private readonly BigInteger _denominator;

    private ExactRational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        if (!normalised)
        {
            if (denominator.IsZero)
            {
                throw new DivideByZeroException("rational with denominator 0");
            }
            if (denominator.Sign < 0)
            {
                numerator = -numerator;
                denominator = -denominator;
            }
            var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!g.IsOne && !g.IsZero)
            {
                numerator /= g;
                denominator /= g;
            }
            if (numerator.IsZero)
            {
                denominator = BigInteger.One;
            }
        }
        Numerator = numerator;
        _denominator = denominator;
    }

    /// <summary>p, the numerator (sign carrier).</summary>
    public BigInteger Numerator { get; }

    /// <summary>q ≥ 1, the denominator (1 for the default value 0).</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>0.</summary>
    public static ExactRational Zero => new(BigInteger.Zero, BigInteger.One, true);

    /// <summary>1.</summary>
    public static ExactRational One => new(BigInteger.One, BigInteger.One, true);

    /// <summary>−1, 0 or +1.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>True when the value is 0.</summary>
    public bool IsZero => Numerator.IsZero;

    /// <summary>p/q, normalised.</summary>
    public static ExactRational Create(BigInteger numerator, BigInteger denominator) => new(numerator, denominator, false);

    /// <summary>The integer n.</summary>
    public static ExactRational FromInteger(long n) => new(n, BigInteger.One, true);

    /// <summary>The exact value of a finite double: ±m·2^e read from its IEEE-754 bits (no rounding at all).</summary>
    /// <exception cref="ArgumentException">NaN or ±∞.</exception>
    public static ExactRational FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value} is not finite: no exact rational", nameof(value));
        }
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal: 0.m · 2^(1 − 1075 + 52)
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075; // value = mantissa · 2^exponent
        BigInteger m = negative ? -new BigInteger(mantissa) : new BigInteger(mantissa);
        return exponent >= 0 ? new ExactRational(m << exponent, BigInteger.One, false) : new ExactRational(m, BigInteger.One << -exponent, false);
    }

    /// <summary>The double nearest to p/q (round half to even), so FromDouble(x).ToDouble() == x for every finite x.</summary>
    public double ToDouble()
    {
        if (Numerator.IsZero)
        {
            return 0;
        }
        bool negative = Numerator.Sign < 0;
        var p = BigInteger.Abs(Numerator);
        var q = Denominator;
        // Choose k with 2^52 ≤ p·2^k/q < 2^53, then round the quotient to an integer mantissa.
        long k = 52 - ((long)p.GetBitLength() - (long)q.GetBitLength());
        BigInteger scaledP = k >= 0 ? p << (int)k : p;
        BigInteger scaledQ = k >= 0 ? q : q << (int)-k;
        if (BigInteger.Divide(scaledP, scaledQ) < (BigInteger.One << 52))
        {
            k++;
            scaledP = k >= 0 ? p << (int)k : p;
            scaledQ = k >= 0 ? q : q << (int)-k;
        }
        long exponent = -k; // value ≈ mantissa · 2^exponent
        // Subnormal range: the smallest exponent is −1074.
        if (exponent < -1074)
        {
            long shift = -1074 - exponent;
            scaledQ <<= (int)shift;
            exponent = -1074;
        }
        var mantissa = BigInteger.DivRem(scaledP, scaledQ, out var remainder);
        var twice = remainder << 1;
        int c = twice.CompareTo(scaledQ);
        if (c > 0 || (c == 0 && !mantissa.IsEven))
        {
            mantissa += 1;
        }
        double result = Math.ScaleB((double)mantissa, (int)Math.Max(exponent, int.MinValue));
        return negative ? -result : result;
    }

    /// <summary>|x|.</summary>
    public ExactRational Abs() => new(BigInteger.Abs(Numerator), Denominator, true);

    /// <summary>Exact sum.</summary>
    public static ExactRational operator +(ExactRational a, ExactRational b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator, false);

    /// <summary>Exact difference.</summary>
    public static ExactRational operator -(ExactRational a, ExactRational b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator, false);

    /// <summary>Negation.</summary>
    public static ExactRational operator -(ExactRational a) => new(-a.Numerator, a.Denominator, true);

    /// <summary>Exact product.</summary>
    public static ExactRational operator *(ExactRational a, ExactRational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator, false);

    /// <summary>Exact quotient.</summary>
    /// <exception cref="DivideByZeroException">b = 0.</exception>
    public static ExactRational operator /(ExactRational a, ExactRational b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator, false);

    /// <summary>Exact comparison.</summary>
    public static bool operator <(ExactRational a, ExactRational b) => a.CompareTo(b) < 0;

    /// <summary>Exact comparison.</summary>
    public static bool operator >(ExactRational a, ExactRational b) => a.CompareTo(b) > 0;

    /// <summary>Exact comparison.</summary>
    public static bool operator <=(ExactRational a, ExactRational b) => a.CompareTo(b) <= 0;

    /// <summary>Exact comparison.</summary>
    public static bool operator >=(ExactRational a, ExactRational b) => a.CompareTo(b) >= 0;

    /// <summary>Exact equality.</summary>
    public static bool operator ==(ExactRational a, ExactRational b) => a.Equals(b);

    /// <summary>Exact inequality.</summary>
    public static bool operator !=(ExactRational a, ExactRational b) => !a.Equals(b);

    /// <summary>Sign of a − b, exactly (cross-multiplication; denominators are positive).</summary>
    public int CompareTo(ExactRational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Exact equality of the normalised forms.</summary>
    public bool Equals(ExactRational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExactRational r && Equals(r);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>"p/q" (or "p"), followed by "≈ double".</summary>
    public override string ToString() =>
        (Denominator.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture) : $"{Numerator}/{Denominator}") + $" ≈ {ToDouble().ToString("R", CultureInfo.InvariantCulture)}";
}
