using System.CommandLine;
using System.Globalization;
using ResNetProofs.Hunting.Session;

namespace ResNetProofs.Cli.Hunting;

/// <summary>The STORE and ID arguments shared by findings, show, export, replay and report.</summary>
public static class StoreArguments
{
    /// <summary>The STORE argument.</summary>
    public static Argument<string> Store() => new("STORE") { Description = "A hunt store (SQLite file written by 'resnetproofs hunt')." };

    /// <summary>The ID argument.</summary>
    public static Argument<string> Id() => new("ID") { Description = "A finding id (see 'resnetproofs findings STORE')." };

    /// <summary>Parses a finding id.</summary>
    /// <exception cref="HuntException">Not a positive integer (<see cref="HuntError.UnknownFinding"/>).</exception>
    public static long ParseId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0 ? id
            : throw new HuntException(HuntError.UnknownFinding, $"finding id '{text}' is not a positive integer (see 'resnetproofs findings STORE')");
}
