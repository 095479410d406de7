using System.Globalization;
using System.Numerics;

namespace ResNetProofs.Cli.Options;

/// <summary>
/// The parse functions behind <see cref="CliOptions"/>: whole numbers and reals within bounds, each rejection named by
/// what is wrong (not a number, negative, zero, too large), so "abc", "-1", "0" and "99999999999999999999" each get their
/// own message.
/// </summary>
public static class NumberText
{
    /// <summary>A whole number n with <paramref name="min"/> ≤ n ≤ <paramref name="max"/>, in decimal digits with an optional sign.</summary>
    public static Parsed<BigInteger> Integer(string text, BigInteger min, BigInteger max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || !BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return LooksReal(text, out double real) && !double.IsNaN(real)
                ? Parsed<BigInteger>.Fail(real < 0 && min >= 0 ? "negative" : "not a whole number")
                : Parsed<BigInteger>.Fail("not a number");
        }
        return Bounded(value, min, max);
    }

    /// <summary>A finite real x with x &gt; <paramref name="exclusiveMin"/> and x ≤ <paramref name="max"/> ("1.5", "2e3"; NaN and ∞ rejected).</summary>
    public static Parsed<double> Real(string text, double exclusiveMin, double max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!LooksReal(text, out double value))
        {
            return Parsed<double>.Fail("not a number");
        }
        if (!double.IsFinite(value))
        {
            return Parsed<double>.Fail(double.IsNaN(value) ? "not a number" : value < 0 ? "negative" : "too large, not finite");
        }
        if (value <= exclusiveMin)
        {
            return Parsed<double>.Fail(value < 0 && exclusiveMin >= 0 ? "negative" : value == 0 ? "zero" : $"at most {exclusiveMin.ToString(CultureInfo.InvariantCulture)}");
        }
        return value > max ? Parsed<double>.Fail($"too large, at most {max.ToString(CultureInfo.InvariantCulture)}") : Parsed<double>.Ok(value);
    }

    /// <summary>"a whole number ≥ min" or "a whole number from min to max".</summary>
    public static string WholeNumber(BigInteger min, BigInteger max, BigInteger typeMax) =>
        max == typeMax ? $"a whole number ≥ {min}" : $"a whole number from {min} to {max}";

    /// <summary>Checks min ≤ <paramref name="value"/> ≤ max, naming a negative, zero or too large value.</summary>
    internal static Parsed<BigInteger> Bounded(BigInteger value, BigInteger min, BigInteger max)
    {
        if (value < min)
        {
            return Parsed<BigInteger>.Fail(value.Sign < 0 && min.Sign >= 0 ? "negative" : value.IsZero ? "zero" : $"too small, at least {min}");
        }
        return value > max ? Parsed<BigInteger>.Fail($"too large, at most {max}") : Parsed<BigInteger>.Ok(value);
    }

    private static bool LooksReal(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
