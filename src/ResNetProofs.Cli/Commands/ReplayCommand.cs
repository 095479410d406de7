using System.CommandLine;
using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Replay;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs replay STORE ID</c> or <c>resnetproofs replay FILE</c> (a record written by <c>show STORE ID --json</c>):
/// re-judges the finding from its record alone (re-running the recorded refinement from the stored start) and compares
/// verdict kind and key numbers; exits 0 if it reproduces, 1 with the difference if not.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var store = StoreArguments.Store();
        var id = new Argument<string?>("ID") { Description = "A finding id; omit it when STORE is a finding record file (show STORE ID --json).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("replay", "Re-judge a finding from its record and compare: exit 0 if it reproduces, 1 if not.");
        command.Arguments.Add(store);
        command.Arguments.Add(id);
        command.SetAction(parse => parse.GetValue(id) is { } text
            ? Execute(parse.GetRequiredValue(store), text, parse.InvocationConfiguration.Output)
            : ExecuteFile(parse.GetRequiredValue(store), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Replays and prints; returns the exit code.</summary>
    public static int Execute(string path, string id, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        FindingRecord finding;
        using (var store = HuntStore.Open(path, readOnly: true))
        {
            finding = store.Finding(id);
        }
        return Print(finding, stdout);
    }

    /// <summary>Replays the finding record in <paramref name="file"/> (JSON from <c>show --json</c>); returns the exit code.</summary>
    public static int ExecuteFile(string file, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (StoreArguments.IsSqliteFile(file))
        {
            stderr.WriteLine($"error: '{file}' is a hunt store: give a finding id too, as in 'resnetproofs replay {file} ID' (ids: 'resnetproofs findings {file}')");
            return ExitCodes.BadArguments;
        }
        FindingRecord? finding;
        try
        {
            finding = System.Text.Json.JsonSerializer.Deserialize<FindingRecord>(File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            stderr.WriteLine($"error: '{file}' is not a readable finding record: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.BadInput;
        }
        if (finding is null)
        {
            stderr.WriteLine($"error: '{file}' holds no finding record");
            return ExitCodes.BadInput;
        }
        return Print(finding, stdout);
    }

    private static int Print(FindingRecord finding, TextWriter stdout)
    {
        string id = finding.StableId;
        var result = FindingReplay.Replay(finding);
        foreach (string line in result.Lines)
        {
            stdout.WriteLine(line);
        }
        stdout.WriteLine(result.Reproduced ? $"finding {id} of {finding.TheoremId} reproduces" : $"finding {id} of {finding.TheoremId} does NOT reproduce: {string.Join("; ", result.Differences)}");
        return result.Reproduced ? ExitCodes.Success : ExitCodes.NotReproduced;
    }
}
