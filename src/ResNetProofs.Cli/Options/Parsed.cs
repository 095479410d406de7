namespace ResNetProofs.Cli.Options;

/// <summary>The outcome of parsing one option value: the value, or what is wrong with the text ("not a whole number", "negative", "too large, at most 10000").</summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <param name="Value">The value when <paramref name="Problem"/> is null.</param>
/// <param name="Problem">What is wrong with the text, or null when it parsed.</param>
public readonly record struct Parsed<T>(T Value, string? Problem)
{
    /// <summary>A value that parsed.</summary>
    public static Parsed<T> Ok(T value) => new(value, null);

    /// <summary>Text that did not parse, with what is wrong.</summary>
    public static Parsed<T> Fail(string problem) => new(default!, problem);
}
