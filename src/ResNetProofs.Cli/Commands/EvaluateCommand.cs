using System.CommandLine;
using ResNetProofs.Cli.Reports;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs evaluate FILE [--json]</c>: reads an instance file and reports P and the parameter blocks, the risk R,
/// ‖∇R‖ and the kink distance at the instance's θ, as text or (with --json) as one indented JSON object.
/// </summary>
public static class EvaluateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Instance file (JSON, schema resnetproofs.instance/1; see docs/instance-schema.md)." };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable JSON object instead of text." };
        var maxMemory = DenseMemory.Option();
        var command = new Command("evaluate", "Evaluate an instance at its parameters: R, the gradient norm and the kink distance.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(maxMemory);
        command.SetAction(parse => Execute(
            parse.GetRequiredValue(file),
            parse.GetValue(json),
            DenseMemory.Limit(parse.GetValue(maxMemory)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads, evaluates and prints; returns the exit code (<see cref="ExitCodes"/>). <paramref name="maxMemory"/>: the --max-memory limit in bytes.</summary>
    public static int Execute(string file, bool json, long maxMemory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (InstanceInput.TryRead(file, maxMemory, certifies: false, stderr, out var evidence) is { } failure)
        {
            return failure;
        }
        var report = EvaluationReport.Build(file, evidence);
        if (json)
        {
            stdout.WriteLine(report.ToJson());
        }
        else
        {
            report.WriteText(stdout);
        }
        return ExitCodes.Success;
    }
}
