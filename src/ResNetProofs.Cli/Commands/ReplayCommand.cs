using System.CommandLine;
using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Replay;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs replay STORE ID</c>: re-judges the finding from its record alone (re-running the recorded refinement
/// from the stored start) and compares verdict kind and key numbers; exits 0 if it reproduces, 1 with the difference if not.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var store = StoreArguments.Store();
        var id = StoreArguments.Id();
        var command = new Command("replay", "Re-judge a finding from its record and compare: exit 0 if it reproduces, 1 if not.");
        command.Arguments.Add(store);
        command.Arguments.Add(id);
        command.SetAction(parse => Execute(parse.GetRequiredValue(store), StoreArguments.ParseId(parse.GetRequiredValue(id)), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Replays and prints; returns the exit code.</summary>
    public static int Execute(string path, long id, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        FindingRecord finding;
        using (var store = HuntStore.Open(path, readOnly: true))
        {
            finding = store.Finding(id);
        }
        var result = FindingReplay.Replay(finding);
        foreach (string line in result.Lines)
        {
            stdout.WriteLine(line);
        }
        stdout.WriteLine(result.Reproduced ? $"finding {id} of {finding.TheoremId} reproduces" : $"finding {id} of {finding.TheoremId} does NOT reproduce: {string.Join("; ", result.Differences)}");
        return result.Reproduced ? ExitCodes.Success : ExitCodes.NotReproduced;
    }
}
