using System.Globalization;

namespace ResNetProofs.Cli.Options;

/// <summary>
/// A <see cref="ValidatedOption{T}"/> factory for lists of whole numbers written as ranges and items: "6..20", "6,8,10" or
/// "6..8,12" (each in [min, max], a range "a..b" needs a ≤ b; duplicates are dropped, order kept).
/// </summary>
public static class RangeListOption
{
    /// <summary>The option; the default is <paramref name="defaultValue"/>, shown as <paramref name="defaultText"/>.</summary>
    public static ValidatedOption<int[]> Create(string name, string description, IReadOnlyList<int> defaultValue, string defaultText, int min, int max)
    {
        var option = new ValidatedOption<int[]>(name, description, $"whole numbers from {min} to {max} as a range a..b or a comma-separated list (e.g. {defaultText} or 6,8,10)",
            defaultText, text => Parse(text, min, max));
        option.DefaultValueFactory = _ => [.. defaultValue];
        return option;
    }

    /// <summary>Parses "a..b" and comma-separated items into the distinct values in order, or the problem with the text.</summary>
    public static Parsed<int[]> Parse(string text, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new List<int>();
        foreach (string item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            string[] ends = item.Split("..", StringSplitOptions.TrimEntries);
            if (ends.Length > 2)
            {
                return Parsed<int[]>.Fail($"'{item}': not a range a..b");
            }
            var parsed = ends.Select(e => NumberText.Integer(e, min, max)).ToList();
            if (parsed.FirstOrDefault(p => p.Problem is not null) is { Problem: { } problem })
            {
                return Parsed<int[]>.Fail($"'{item}': {problem}");
            }
            int lo = (int)parsed[0].Value, hi = (int)parsed[^1].Value;
            if (lo > hi)
            {
                return Parsed<int[]>.Fail(string.Create(CultureInfo.InvariantCulture, $"'{item}': empty range ({lo} > {hi})"));
            }
            for (int v = lo; v <= hi; v++)
            {
                if (!values.Contains(v))
                {
                    values.Add(v);
                }
            }
        }
        return Parsed<int[]>.Ok([.. values]);
    }
}
