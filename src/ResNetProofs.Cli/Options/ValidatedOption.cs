using System.CommandLine;

namespace ResNetProofs.Cli.Options;

/// <summary>
/// An option whose text is turned into a value by one parse function. A rejected text becomes a parse error
/// "--name TEXT: problem (expected …)", which <see cref="Program.Run"/> prints as one line and exits 2 before any command
/// runs. Built by <see cref="CliOptions"/>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class ValidatedOption<T> : Option<T>, IValidatedOption
{
    /// <summary>An option <paramref name="name"/> whose single token is parsed by <paramref name="parse"/>.</summary>
    /// <param name="name">The option name with its dashes, e.g. "--seed".</param>
    /// <param name="description">The help text.</param>
    /// <param name="expected">What a valid value looks like (ends every error message).</param>
    /// <param name="example">One valid value as typed.</param>
    /// <param name="parse">Text to value, or the problem with the text.</param>
    public ValidatedOption(string name, string description, string expected, string example, Func<string, Parsed<T>> parse)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(parse);
        Description = description;
        Expected = expected;
        Example = example;
        Arity = ArgumentArity.ExactlyOne;
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            var parsed = parse(text.Trim());
            if (parsed.Problem is { } problem)
            {
                result.AddError(Message(name, text, problem, expected));
                return default;
            }
            return parsed.Value;
        };
    }

    /// <inheritdoc/>
    public string Expected { get; }

    /// <inheritdoc/>
    public string Example { get; }

    /// <summary>The one-line error "--name TEXT: problem (expected …)" (without the "error: " prefix).</summary>
    public static string Message(string name, string text, string problem, string expected) =>
        $"{name} {(text.Length == 0 ? "''" : text)}: {problem} (expected {expected})";
}
