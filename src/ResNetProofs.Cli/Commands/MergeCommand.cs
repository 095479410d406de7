using System.CommandLine;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Cli.Commands;

/// <summary><c>resnetproofs merge OUT STORE…</c>: combines the shard stores of one hunt into a new store OUT.</summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var output = new Argument<string>("OUT") { Description = "The merged store (must not exist)." };
        var inputs = new Argument<string[]>("STORE") { Description = "Shard stores of one hunt.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Combine shard stores into one store.");
        command.Arguments.Add(output);
        command.Arguments.Add(inputs);
        command.SetAction(parse => Execute(parse.GetRequiredValue(output), parse.GetRequiredValue(inputs), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Merges; returns the exit code.</summary>
    public static int Execute(string output, IReadOnlyList<string> inputs, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        StoreMerge.Merge(output, inputs);
        using var merged = HuntStore.Open(output, readOnly: true);
        stdout.WriteLine($"merged {inputs.Count} stores into {output}: {merged.Findings().Count} findings, {merged.Statistics().Sum(s => s.Cases)} cases");
        return ExitCodes.Success;
    }
}
