using System.Numerics;

namespace ResNetProofs.Tests.Enclosures;

/// <summary>
/// An exact rational p/q (q &gt; 0, lowest terms) over <see cref="BigInteger"/>, for reference values of the enclosure tests.
/// Every double is a dyadic rational, so <see cref="FromDouble"/> is exact.
/// </summary>
internal readonly struct ExactFraction : IComparable<ExactFraction>
{
    public ExactFraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("zero denominator");
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsZero && !g.IsOne)
        {
            numerator /= g;
            denominator /= g;
        }
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static ExactFraction Zero => new(BigInteger.Zero, BigInteger.One);

    public bool IsZero => Numerator.IsZero;

    /// <summary>The exact value of a finite double: mantissa·2^exponent.</summary>
    public static ExactFraction FromDouble(double x)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentException($"{x} is not finite", nameof(x));
        }
        if (x == 0)
        {
            return Zero;
        }
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075;
        var num = new BigInteger(negative ? -mantissa : mantissa);
        return exponent >= 0 ? new(num << exponent, BigInteger.One) : new(num, BigInteger.One << -exponent);
    }

    public static ExactFraction operator +(ExactFraction a, ExactFraction b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static ExactFraction operator -(ExactFraction a, ExactFraction b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static ExactFraction operator -(ExactFraction a) => new(-a.Numerator, a.Denominator);

    public static ExactFraction operator *(ExactFraction a, ExactFraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static ExactFraction operator /(ExactFraction a, ExactFraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <=(ExactFraction a, ExactFraction b) => a.CompareTo(b) <= 0;

    public static bool operator >=(ExactFraction a, ExactFraction b) => a.CompareTo(b) >= 0;

    public static bool operator <(ExactFraction a, ExactFraction b) => a.CompareTo(b) < 0;

    public static bool operator >(ExactFraction a, ExactFraction b) => a.CompareTo(b) > 0;

    public int CompareTo(ExactFraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>A nearby double (for messages only).</summary>
    public double ToDouble() => Math.Exp(BigInteger.Log(BigInteger.Abs(Numerator)) - BigInteger.Log(Denominator)) * Numerator.Sign;

    public override string ToString() => $"{ToDouble():R}";
}
