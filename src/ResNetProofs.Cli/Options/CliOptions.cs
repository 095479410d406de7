using System.Globalization;
using System.Numerics;
using ResNetProofs.Hunting.Session;

namespace ResNetProofs.Cli.Options;

/// <summary>
/// Typed factories for every non-text option of every command. Each parses and validates its value in one place
/// (<see cref="ValidatedOption{T}"/>), so a non-number, a negative, a zero where none is allowed and an overflow each end in
/// one line "error: --name VALUE: problem (expected …)" and exit 2.
/// </summary>
public static class CliOptions
{
    /// <summary>The longest duration in seconds a seconds option takes (one year).</summary>
    public const double MaxSeconds = 365 * 86400.0;

    /// <summary>An int count n with <paramref name="min"/> ≤ n ≤ <paramref name="max"/>, default <paramref name="defaultValue"/>.</summary>
    public static ValidatedOption<int> Count(string name, string description, int defaultValue, int min = 1, int max = int.MaxValue)
    {
        var option = new ValidatedOption<int>(name, description, NumberText.WholeNumber(min, max, int.MaxValue), defaultValue.ToString(CultureInfo.InvariantCulture),
            text => Narrow(NumberText.Integer(text, min, max), v => (int)v));
        option.DefaultValueFactory = _ => defaultValue;
        return option;
    }

    /// <summary>An optional int count (null when absent), <paramref name="min"/> ≤ n ≤ <paramref name="max"/>.</summary>
    public static ValidatedOption<int?> OptionalCount(string name, string description, string example, int min = 1, int max = int.MaxValue) =>
        new(name, description, NumberText.WholeNumber(min, max, int.MaxValue), example, text => Narrow(NumberText.Integer(text, min, max), v => (int?)(int)v));

    /// <summary>A long count n with <paramref name="min"/> ≤ n ≤ long.MaxValue, default <paramref name="defaultValue"/>.</summary>
    public static ValidatedOption<long> LongCount(string name, string description, long defaultValue, long min = 1)
    {
        var option = new ValidatedOption<long>(name, description, NumberText.WholeNumber(min, long.MaxValue, long.MaxValue), defaultValue.ToString(CultureInfo.InvariantCulture),
            text => Narrow(NumberText.Integer(text, min, long.MaxValue), v => (long)v));
        option.DefaultValueFactory = _ => defaultValue;
        return option;
    }

    /// <summary>A seed: a whole number 0 ≤ s ≤ 2³¹−1, default <paramref name="defaultValue"/>.</summary>
    public static ValidatedOption<int> Seed(string name, string description, int defaultValue) => Count(name, description, defaultValue, min: 0);

    /// <summary>An optional 64-bit seed 0 ≤ s ≤ 2⁶⁴−1 (null when absent).</summary>
    public static ValidatedOption<ulong?> Seed64(string name, string description) =>
        new(name, description, NumberText.WholeNumber(0, ulong.MaxValue, ulong.MaxValue), "1", text => Narrow(NumberText.Integer(text, 0, ulong.MaxValue), v => (ulong?)(ulong)v));

    /// <summary>A duration in seconds s, 0 &lt; s ≤ <see cref="MaxSeconds"/> (decimals allowed), default <paramref name="defaultSeconds"/>.</summary>
    public static ValidatedOption<double> Seconds(string name, string description, double defaultSeconds)
    {
        var option = new ValidatedOption<double>(name, description, $"a number of seconds > 0, at most {MaxSeconds.ToString(CultureInfo.InvariantCulture)}",
            defaultSeconds.ToString(CultureInfo.InvariantCulture), text => NumberText.Real(text, 0, MaxSeconds));
        option.DefaultValueFactory = _ => defaultSeconds;
        return option;
    }

    /// <summary>An optional memory size in bytes ("4G", "512M", a plain byte count; see <see cref="ByteSize"/>); null when absent, for a default the command works out.</summary>
    public static ValidatedOption<long?> Memory(string name, string description) =>
        new(name, description, "a size such as 512M, 4G or 1T (binary units), at least 1 byte", "4G",
            text => ByteSize.Parse(text) is { Problem: { } problem } ? Parsed<long?>.Fail(problem) : Parsed<long?>.Ok(ByteSize.Parse(text).Value));

    /// <summary>A hunt budget: a duration (30s, 5m, 8h, 1d) or a positive case count (<see cref="HuntBudget.Parse"/>).</summary>
    public static ValidatedOption<HuntBudget> Budget(string name, string description) =>
        new(name, description, "a duration such as 30s, 5m, 8h or 1d, or a case count ≥ 1", "5m", text =>
        {
            if (text.Length > 0 && (char.IsAsciiDigit(text[^1]) || text[^1] == '-'))
            {
                var count = NumberText.Integer(text, 1, long.MaxValue);
                return count.Problem is { } problem ? Parsed<HuntBudget>.Fail(problem) : Parsed<HuntBudget>.Ok(HuntBudget.ForCases((long)count.Value));
            }
            try
            {
                return Parsed<HuntBudget>.Ok(HuntBudget.Parse(text));
            }
            catch (HuntException)
            {
                return Parsed<HuntBudget>.Fail(text.StartsWith('-') ? "negative" : "not a duration or a case count");
            }
        });

    /// <summary>A shard "K/N" with 0 ≤ K &lt; N (<see cref="ShardSpec.Parse"/>); null when absent.</summary>
    public static ValidatedOption<ShardSpec?> Shard(string name, string description) =>
        new(name, description, "K/N with 0 ≤ K < N, e.g. 0/4", "0/4", text =>
        {
            try
            {
                return Parsed<ShardSpec?>.Ok(ShardSpec.Parse(text));
            }
            catch (HuntException)
            {
                return Parsed<ShardSpec?>.Fail("not a shard K/N");
            }
        });

    /// <summary>A comma-separated list of whole numbers, each in [<paramref name="min"/>, <paramref name="max"/>], default <paramref name="defaultValue"/>.</summary>
    public static ValidatedOption<int[]> CountList(string name, string description, IReadOnlyList<int> defaultValue, int min, int max)
    {
        var option = new ValidatedOption<int[]>(name, description, $"comma-separated whole numbers from {min} to {max}", string.Join(",", defaultValue),
            text => List(text, item => Narrow(NumberText.Integer(item, min, max), v => (int)v)));
        option.DefaultValueFactory = _ => [.. defaultValue];
        return option;
    }

    /// <summary>A comma-separated list of ratios ("1/8", "0.5", "2"), each finite, &gt; 0 and ≤ <paramref name="max"/>, default <paramref name="defaultValue"/>.</summary>
    public static ValidatedOption<double[]> RatioList(string name, string description, IReadOnlyList<double> defaultValue, double max)
    {
        var option = new ValidatedOption<double[]>(name, description, $"comma-separated numbers or fractions p/q, > 0 and at most {max.ToString(CultureInfo.InvariantCulture)}",
            string.Join(",", defaultValue.Select(r => r.ToString(CultureInfo.InvariantCulture))), text => List(text, item => Ratio(item, max)));
        option.DefaultValueFactory = _ => [.. defaultValue];
        return option;
    }

    /// <summary>A real x with <paramref name="exclusiveMin"/> &lt; x ≤ <paramref name="max"/>, default <paramref name="defaultValue"/>.</summary>
    public static ValidatedOption<double> Real(string name, string description, double defaultValue, double exclusiveMin, double max)
    {
        var option = new ValidatedOption<double>(name, description, RealExpected(exclusiveMin, max), defaultValue.ToString(CultureInfo.InvariantCulture),
            text => NumberText.Real(text, exclusiveMin, max));
        option.DefaultValueFactory = _ => defaultValue;
        return option;
    }

    /// <summary>An optional real x with <paramref name="exclusiveMin"/> &lt; x ≤ <paramref name="max"/> (null when absent).</summary>
    public static ValidatedOption<double?> OptionalReal(string name, string description, string example, double exclusiveMin, double max) =>
        new(name, description, RealExpected(exclusiveMin, max), example, text =>
        {
            var parsed = NumberText.Real(text, exclusiveMin, max);
            return parsed.Problem is { } problem ? Parsed<double?>.Fail(problem) : Parsed<double?>.Ok(parsed.Value);
        });

    /// <summary>One of the words of <paramref name="choices"/> (case-sensitive), default <paramref name="defaultWord"/>.</summary>
    public static ValidatedOption<T> Choice<T>(string name, string description, IReadOnlyDictionary<string, T> choices, string defaultWord)
    {
        ArgumentNullException.ThrowIfNull(choices);
        string expected = "one of " + string.Join(", ", choices.Keys);
        var option = new ValidatedOption<T>(name, description, expected, defaultWord,
            text => choices.TryGetValue(text, out var value) ? Parsed<T>.Ok(value) : Parsed<T>.Fail("not a choice"));
        var fallback = choices[defaultWord];
        option.DefaultValueFactory = _ => fallback;
        return option;
    }

    /// <summary>
    /// A value that is either one of the <paramref name="words"/> or a real 0 ≤ x ≤ <paramref name="max"/> turned into a value by
    /// <paramref name="number"/>; default <paramref name="defaultText"/> parsed the same way.
    /// </summary>
    public static ValidatedOption<T> WordOrNonNegativeReal<T>(string name, string description, IReadOnlyDictionary<string, T> words, Func<double, T> number, double max, string defaultText)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(number);
        Parsed<T> Parse(string text)
        {
            if (words.TryGetValue(text, out var word))
            {
                return Parsed<T>.Ok(word);
            }
            var parsed = NumberText.Real(text, double.MinValue, max);
            if (parsed.Problem is { } problem)
            {
                return Parsed<T>.Fail(problem);
            }
            return parsed.Value < 0 ? Parsed<T>.Fail("negative") : Parsed<T>.Ok(number(parsed.Value));
        }
        string expected = $"a number from 0 to {max.ToString(CultureInfo.InvariantCulture)}, or {string.Join(" or ", words.Keys)}";
        var option = new ValidatedOption<T>(name, description, expected, defaultText, Parse);
        var fallback = Parse(defaultText).Value;
        option.DefaultValueFactory = _ => fallback;
        return option;
    }

    private static string RealExpected(double exclusiveMin, double max) =>
        $"a number > {exclusiveMin.ToString(CultureInfo.InvariantCulture)}, at most {max.ToString(CultureInfo.InvariantCulture)}";

    private static Parsed<double> Ratio(string item, double max)
    {
        if (item.Split('/') is [var p, var q])
        {
            var numerator = NumberText.Real(p, 0, double.MaxValue);
            var denominator = NumberText.Real(q, 0, double.MaxValue);
            if ((numerator.Problem ?? denominator.Problem) is { } problem)
            {
                return Parsed<double>.Fail($"'{item}': {problem}");
            }
            double r = numerator.Value / denominator.Value;
            return r > max || !double.IsFinite(r) ? Parsed<double>.Fail($"'{item}': too large, at most {max.ToString(CultureInfo.InvariantCulture)}") : Parsed<double>.Ok(r);
        }
        var value = NumberText.Real(item, 0, max);
        return value.Problem is { } p2 ? Parsed<double>.Fail($"'{item}': {p2}") : value;
    }

    private static Parsed<T[]> List<T>(string text, Func<string, Parsed<T>> item)
    {
        string[] items = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new T[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var parsed = item(items[i]);
            if (parsed.Problem is { } problem)
            {
                return Parsed<T[]>.Fail(items.Length == 1 || problem.StartsWith('\'') ? problem : $"'{items[i]}': {problem}");
            }
            values[i] = parsed.Value;
        }
        return Parsed<T[]>.Ok(values);
    }

    private static Parsed<T> Narrow<T>(Parsed<BigInteger> parsed, Func<BigInteger, T> narrow) =>
        parsed.Problem is { } problem ? Parsed<T>.Fail(problem) : Parsed<T>.Ok(narrow(parsed.Value));
}
