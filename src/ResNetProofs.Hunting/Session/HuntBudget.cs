using System.Globalization;

namespace ResNetProofs.Hunting.Session;

/// <summary>
/// How long a hunt runs: a wall-clock duration for this run (<c>30s</c>, <c>5m</c>, <c>8h</c>, <c>1d</c>), or a case
/// count (<c>500</c>), which bounds the global case index (the hunt covers indices 0..N−1, shared among shards, and a
/// resumed hunt stops at the same N).
/// </summary>
/// <param name="Time">The wall-clock budget of this run, or null.</param>
/// <param name="Cases">The exclusive bound on the global case index, or null.</param>
public sealed record HuntBudget(TimeSpan? Time, long? Cases)
{
    /// <summary>A time budget.</summary>
    public static HuntBudget ForTime(TimeSpan time) => new(time, null);

    /// <summary>A case budget: global case indices 0..<paramref name="cases"/>−1.</summary>
    public static HuntBudget ForCases(long cases) => new(null, cases);

    /// <summary>Parses "30s", "5m", "8h", "1d" (a positive number, decimals allowed, then one unit) or a positive integer case count.</summary>
    /// <exception cref="HuntException">Malformed text (<see cref="HuntError.MalformedBudget"/>), naming the text.</exception>
    public static HuntBudget Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim();
        if (long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out long cases) && cases > 0)
        {
            return ForCases(cases);
        }
        if (t.Length >= 2)
        {
            double scale = char.ToLowerInvariant(t[^1]) switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86400, _ => double.NaN };
            if (!double.IsNaN(scale) && double.TryParse(t[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double amount)
                && amount > 0 && amount * scale < TimeSpan.MaxValue.TotalSeconds / 2)
            {
                return ForTime(TimeSpan.FromSeconds(amount * scale));
            }
        }
        throw new HuntException(HuntError.MalformedBudget, $"--budget '{text}' is malformed: give a duration such as 30s, 5m, 8h or 1d, or a positive case count such as 500");
    }

    /// <summary>"5m" / "8h" / "500 cases".</summary>
    public override string ToString() => Cases is { } n ? $"{n.ToString(CultureInfo.InvariantCulture)} cases" : $"{Time!.Value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}s";
}
