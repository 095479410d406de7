using System.Globalization;

namespace ResNetProofs.Studies;

/// <summary>
/// The teacher distribution of <see cref="LiuStudy"/>: a* ~ N(0, I_k) conditioned on Above &lt; 1ᵀa* ≤ AtMost (either bound optional) and,
/// when <paramref name="FirstStepTowardsTeacher"/>, on g₀ = γ(kγ + 1ᵀ(a* + β1)/2) &gt; 0 (for the default shortcut: 1ᵀa* &gt; −2).
/// </summary>
/// <param name="Above">Strict lower bound on 1ᵀa*, or null.</param>
/// <param name="AtMost">Upper bound on 1ᵀa*, or null.</param>
/// <param name="FirstStepTowardsTeacher">Keep only teachers for which descent from w = 0 first steps toward w*.</param>
public sealed record LiuTeacherCondition(double? Above = null, double? AtMost = null, bool FirstStepTowardsTeacher = false)
{
    /// <summary>No condition: a* ~ N(0, I_k).</summary>
    public static LiuTeacherCondition Any { get; } = new();

    /// <summary>The words <see cref="Parse"/> accepts besides the bounds.</summary>
    public static IReadOnlyList<string> Words { get; } = ["any", "positive", "nonpositive", "escapes"];

    /// <summary>What <see cref="Parse"/> accepts, for error messages.</summary>
    public const string Expected = "any, positive (1ᵀa* > 0), nonpositive (1ᵀa* ≤ 0), escapes (g₀ > 0), >X, <=X or X..Y (X < 1ᵀa* ≤ Y), |X|, |Y| ≤ 1000";

    /// <summary>Parses a condition; the problem names what is wrong, or null when it parsed.</summary>
    public static (LiuTeacherCondition? Value, string? Problem) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (text)
        {
            case "any": return (Any, null);
            case "positive": return (new(Above: 0), null);
            case "nonpositive": return (new(AtMost: 0), null);
            case "escapes": return (new(FirstStepTowardsTeacher: true), null);
        }
        if (text.StartsWith(">", StringComparison.Ordinal))
        {
            return Bound(text[1..]) is { } lo ? (new(Above: lo), null) : (null, "not a bound");
        }
        if (text.StartsWith("<=", StringComparison.Ordinal))
        {
            return Bound(text[2..]) is { } hi ? (new(AtMost: hi), null) : (null, "not a bound");
        }
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0 && Bound(text[..dots]) is { } x && Bound(text[(dots + 2)..]) is { } y)
        {
            return x < y ? (new(x, y), null) : (null, "empty: X must be below Y");
        }
        return (null, "not a teacher condition");
    }

    /// <summary>Whether a teacher with 1ᵀa* = <paramref name="readoutSum"/> and first-step coefficient <paramref name="firstStepCoefficient"/> is kept.</summary>
    public bool Accepts(double readoutSum, double firstStepCoefficient) =>
        (Above is not { } lo || readoutSum > lo) && (AtMost is not { } hi || readoutSum <= hi) && (!FirstStepTowardsTeacher || firstStepCoefficient > 0);

    /// <inheritdoc/>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Above is { } lo && AtMost is { } hi)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{lo} < 1ᵀa* ≤ {hi}"));
        }
        else if (Above is { } l)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"1ᵀa* > {l}"));
        }
        else if (AtMost is { } h)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"1ᵀa* ≤ {h}"));
        }
        if (FirstStepTowardsTeacher)
        {
            parts.Add("g₀ > 0");
        }
        return parts.Count == 0 ? "any" : string.Join(", ", parts);
    }

    private static double? Bound(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && Math.Abs(v) <= 1000 ? v : null;
}
