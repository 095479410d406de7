using System.CommandLine;
using ResNetProofs.Cli.Options;
using ResNetProofs.Cli.Reports;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs refine FILE [--out OUT] [--json] [--descent-steps K] [--max-iterations N]</c>: runs
/// <see cref="NewtonRefinement.Refine"/> on the instance's empirical risk R from its θ (K Armijo gradient steps, then up
/// to N Levenberg–Marquardt steps towards ∇R = 0, tolerance ‖∇R‖₂ ≤ 1e−10·scale) and reports the trajectory, the
/// classification and the kink distance at the refined θ; with --out it writes the refined instance. Any stop reason
/// exits 0: an unconverged run is evidence, and the report says so.
/// </summary>
public static class RefineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Instance file (JSON, schema resnetproofs.instance/1; see docs/instance-schema.md)." };
        var output = new Option<string?>("--out") { Description = "Write the refined instance (same data, model and loss; refined parameters) to this file." };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable JSON object instead of text." };
        var descentSteps = CliOptions.Count("--descent-steps", "Gradient-descent steps (Armijo) before Newton; use them to reach minima rather than the nearest critical point.", 0, min: 0);
        var maxIterations = CliOptions.Count("--max-iterations", "Maximum Newton (Levenberg–Marquardt) iterations.", NewtonRefinementOptions.Default.MaxIterations, min: 0);
        var maxMemory = DenseMemory.Option();
        var command = new Command("refine", "Refine an instance's parameters to a critical point of R by Newton steps; report the trajectory and the point's curvature.");
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.Options.Add(json);
        command.Options.Add(descentSteps);
        command.Options.Add(maxIterations);
        command.Options.Add(maxMemory);
        command.SetAction(parse => Execute(
            parse.GetRequiredValue(file),
            parse.GetValue(output),
            parse.GetValue(json),
            new NewtonRefinementOptions { DescentSteps = parse.GetValue(descentSteps), MaxIterations = parse.GetValue(maxIterations) },
            DenseMemory.Limit(parse.GetValue(maxMemory)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads, refines, optionally writes the refined instance, and prints; returns the exit code (<see cref="ExitCodes"/>). <paramref name="maxMemory"/>: the --max-memory limit in bytes.</summary>
    public static int Execute(string file, string? output, bool json, NewtonRefinementOptions options, long maxMemory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (InstanceInput.TryRead(file, maxMemory, certifies: false, stderr, out var start) is { } failure)
        {
            return failure;
        }
        var instance = start.Instance;
        var refined = PointEvidence.Build(instance, options);
        var result = refined.Refinement!;
        if (output is not null)
        {
            try
            {
                InstanceWriter.WriteFile(RefinedInstance(file, instance, result, options), output);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"error: --out {output}: cannot write the refined instance: {ex.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.BadArguments;
            }
        }
        var report = RefinementReport.Build(file, instance, options, start.Value, refined, output);
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

    /// <summary>The instance with θ replaced by the refined point, and a name, description and source that say so.</summary>
    private static Instance RefinedInstance(string file, Instance instance, RefinementResult result, NewtonRefinementOptions options)
    {
        string summary = $"refined by 'resnetproofs refine' (--descent-steps {options.DescentSteps}, --max-iterations {options.MaxIterations}): "
            + $"stop reason {result.StopReason} after {result.Iterations} iterations ({result.DescentIterations} descent), "
            + $"‖∇R‖ = {ReportFormat.Number(result.GradientNorm)} (tolerance {ReportFormat.Number(result.Tolerance)}), R = {ReportFormat.Number(result.Value)}; {result.Note}";
        string description = instance.Description.Length == 0 ? $"Parameters {summary}." : $"{instance.Description} Parameters {summary}.";
        string source = $"resnetproofs refine {file} ({result.StopReason})" + (instance.Source.Length == 0 ? "" : $"; original source: {instance.Source}");
        return new Instance($"{instance.Name}-refined", description, source, instance.Data, instance.Model, instance.Loss, result.Theta.ToArray());
    }
}
