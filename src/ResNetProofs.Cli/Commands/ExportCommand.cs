using System.CommandLine;
using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Store;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs export STORE ID [--out FILE] [--shrunk] [--start]</c>: the finding's judged instance as instance JSON
/// (accepted by <c>check</c> and <c>refine</c>); --shrunk for the shrunk counterexample, --start for the start before refinement.
/// </summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var store = StoreArguments.Store();
        var id = StoreArguments.Id();
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout." };
        var shrunk = new Option<bool>("--shrunk") { Description = "The shrunk counterexample instead of the original." };
        var start = new Option<bool>("--start") { Description = "The start instance (before refinement) instead of the judged one." };
        var command = new Command("export", "Write a finding's instance JSON (for 'check' and 'refine').");
        command.Arguments.Add(store);
        command.Arguments.Add(id);
        command.Options.Add(output);
        command.Options.Add(shrunk);
        command.Options.Add(start);
        command.SetAction(parse => Execute(parse.GetRequiredValue(store), parse.GetRequiredValue(id), parse.GetValue(output),
            parse.GetValue(shrunk), parse.GetValue(start), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Writes the instance; returns the exit code.</summary>
    public static int Execute(string path, string id, string? output, bool shrunk, bool start, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        using var store = HuntStore.Open(path, readOnly: true);
        var f = store.Finding(id);
        string? json = (shrunk, start) switch
        {
            (true, true) => f.ShrunkStartJson,
            (true, false) => f.ShrunkInstanceJson,
            (false, true) => f.StartJson,
            _ => f.InstanceJson,
        };
        if (json is null)
        {
            stderr.WriteLine($"error: finding {id} of {path} has no shrunk instance (no smaller counterexample was found)");
            return ExitCodes.NotFound;
        }
        if (EvidenceCaseJson.TryRead(json) is not null)
        {
            stderr.WriteLine($"error: finding {id} of {path} is a {f.TheoremId} case judged on its own evidence: it has no instance to export ('show' prints its generator seed; 'replay' and 'verify' regenerate it)");
            return ExitCodes.NotFound;
        }
        if (output is null)
        {
            stdout.Write(json);
            return ExitCodes.Success;
        }
        try
        {
            InstanceWriter.WriteFile(InstanceReader.Parse(json, $"{path}#{id}"), output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write '{output}': {ex.Message}");
            return ExitCodes.BadArguments;
        }
        stdout.WriteLine($"wrote {output}");
        return ExitCodes.Success;
    }
}
