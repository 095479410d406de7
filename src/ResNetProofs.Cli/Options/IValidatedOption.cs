namespace ResNetProofs.Cli.Options;

/// <summary>
/// An option whose text goes through one parse-and-validate function (<see cref="ValidatedOption{T}"/>); what the tests and
/// the help need to know about it without its value type.
/// </summary>
public interface IValidatedOption
{
    /// <summary>What a valid value looks like, e.g. "a whole number from 1 to 10000".</summary>
    string Expected { get; }

    /// <summary>One valid value as the user would type it, e.g. "5".</summary>
    string Example { get; }
}
