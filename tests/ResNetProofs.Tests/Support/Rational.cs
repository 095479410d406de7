using System.Globalization;
using System.Numerics;

namespace ResNetProofs.Tests.Support;

/// <summary>
/// An exact rational number Numerator/Denominator with BigInteger parts, always reduced and with Denominator &gt; 0.
/// Built from doubles exactly (via the IEEE bits), so it can judge whether an interval of doubles really contains a value.
/// </summary>
public readonly struct Rational : IComparable<Rational>, IEquatable<Rational>
{
    private readonly BigInteger _den;

    private Rational(BigInteger numerator, BigInteger denominator, bool reduce)
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
        if (reduce)
        {
            if (numerator.IsZero)
            {
                denominator = BigInteger.One;
            }
            else if (denominator.IsPowerOfTwo)
            {
                // Dyadic (every double is): cancel common factors of 2 by shifts, much cheaper than a gcd.
                long shift = Math.Min((long)BigInteger.TrailingZeroCount(BigInteger.Abs(numerator)), (long)BigInteger.TrailingZeroCount(denominator));
                numerator >>= (int)shift;
                denominator >>= (int)shift;
            }
            else
            {
                var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
                if (!g.IsOne)
                {
                    numerator /= g;
                    denominator /= g;
                }
            }
        }
        Numerator = numerator;
        _den = denominator;
    }

    /// <summary>The numerator (carries the sign).</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator (≥ 1; 1 for the default value 0).</summary>
    public BigInteger Denominator => _den.IsZero ? BigInteger.One : _den;

    public static Rational Zero => new(BigInteger.Zero, BigInteger.One, false);

    public static Rational One => new(BigInteger.One, BigInteger.One, false);

    public int Sign => Numerator.Sign;

    public static Rational Create(BigInteger numerator, BigInteger denominator) => new(numerator, denominator, true);

    public static Rational FromInteger(long k) => new(k, BigInteger.One, false);

    /// <summary>The exact value of a finite double: ±m·2^e from its sign, exponent and mantissa bits.</summary>
    public static Rational FromDouble(double x)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentException($"{x} has no rational value", nameof(x));
        }
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal: m·2^(1 − 1075)
        }
        else
        {
            mantissa |= 1L << 52;
        }
        int e = exponent - 1075;
        BigInteger m = negative ? -mantissa : mantissa;
        return e >= 0 ? new Rational(m << e, BigInteger.One, false) : new Rational(m, BigInteger.One << -e, true);
    }

    /// <summary>A double near the value (within about an ulp; used for messages and tolerances, never for containment).</summary>
    public double ToDouble()
    {
        if (Numerator.IsZero)
        {
            return 0;
        }
        long shift = 64 - ((long)BigInteger.Abs(Numerator).GetBitLength() - (long)Denominator.GetBitLength());
        var q = shift >= 0 ? (Numerator << (int)shift) / Denominator : Numerator / (Denominator << (int)-shift);
        return Math.ScaleB((double)q, (int)-shift);
    }

    public static Rational Abs(Rational a) => new(BigInteger.Abs(a.Numerator), a.Denominator, false);

    public static Rational operator +(Rational a, Rational b)
    {
        if (a.Numerator.IsZero)
        {
            return b;
        }
        if (b.Numerator.IsZero)
        {
            return a;
        }
        return a.Denominator == b.Denominator
            ? new(a.Numerator + b.Numerator, a.Denominator, true)
            : new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator, true);
    }

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator, false);

    public static Rational operator -(Rational a, Rational b) => a + (-b);

    public static Rational operator *(Rational a, Rational b) =>
        a.Numerator.IsZero || b.Numerator.IsZero ? Zero : new(a.Numerator * b.Numerator, a.Denominator * b.Denominator, true);

    public static Rational operator /(Rational a, Rational b) =>
        b.Numerator.IsZero ? throw new DivideByZeroException("rational division by 0") : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator, true);

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public override string ToString() => ToDouble().ToString("R", CultureInfo.InvariantCulture);
}
