using System.CommandLine;
using ResNetProofs.Cli.Options;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs check THEOREM FILE [--refine] [--json]</c>: judges one instance against one theorem and prints the
/// verdict with its evidence. With --refine, θ is first refined by Newton (the refinement record then gates the verdict).
/// </summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var theorem = new Argument<string>("THEOREM") { Description = "Theorem id (see 'resnetproofs theorems')." };
        var file = new Argument<string>("FILE") { Description = "Instance file (JSON, docs/instance-schema.md)." };
        var refine = new Option<bool>("--refine") { Description = "Refine θ to a critical point with Newton first; the refinement record then gates the verdict." };
        var descentSteps = CliOptions.Count("--descent-steps", "With --refine: gradient-descent steps before Newton (to reach minima rather than the nearest critical point).", 0, min: 0);
        var json = new Option<bool>("--json") { Description = "Print the verdict and all its evidence as JSON." };
        var maxMemory = DenseMemory.Option();
        var command = new Command("check", "Judge an instance against a theorem: Confirmed, Vacuous, Counterexample or Inconclusive, with the evidence.");
        command.Arguments.Add(theorem);
        command.Arguments.Add(file);
        command.Options.Add(refine);
        command.Options.Add(descentSteps);
        command.Options.Add(json);
        command.Options.Add(maxMemory);
        command.SetAction(parse => Execute(
            parse.GetRequiredValue(theorem),
            parse.GetRequiredValue(file),
            parse.GetValue(refine) ? parse.GetValue(descentSteps) : null,
            parse.GetValue(json),
            DenseMemory.Limit(parse.GetValue(maxMemory)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads, (refines,) judges and prints; returns the exit code (<see cref="ExitCodes"/>).</summary>
    /// <param name="theoremId">A catalogue id.</param>
    /// <param name="file">The instance file.</param>
    /// <param name="refineDescentSteps">Null: judge θ as given; otherwise refine first, with this many gradient steps before Newton.</param>
    /// <param name="json">JSON output instead of text.</param>
    /// <param name="maxMemory">The --max-memory limit in bytes.</param>
    /// <param name="stdout">Where the verdict goes.</param>
    /// <param name="stderr">Where errors go.</param>
    public static int Execute(string theoremId, string file, int? refineDescentSteps, bool json, long maxMemory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var theorem = TheoremCatalog.TryGet(theoremId);
        if (theorem is null)
        {
            stderr.WriteLine($"error: unknown theorem '{theoremId}'; known ids: {string.Join(", ", TheoremCatalog.All.Select(t => t.Id))}");
            return ExitCodes.BadArguments;
        }
        if (InstanceInput.TryRead(file, maxMemory, certifies: true, stderr, out var read) is { } failure)
        {
            return failure;
        }
        if (refineDescentSteps is < 0)
        {
            stderr.WriteLine($"error: --descent-steps is {refineDescentSteps}: it must be ≥ 0");
            return ExitCodes.BadArguments;
        }
        if (theorem is not ITheorem<PointEvidence> onInstances)
        {
            stderr.WriteLine($"error: {theorem.Id} does not apply to {file}: it is judged on {theorem.EvidenceType.Name}, not on an instance file (see its study command, liu-study or gulcu-study)");
            return ExitCodes.Inapplicable;
        }
        var evidence = refineDescentSteps is { } steps
            ? PointEvidence.Build(read.Instance, NewtonRefinementOptions.Default with { DescentSteps = steps })
            : read;
        if (onInstances.Inapplicable(evidence) is { } reason)
        {
            stderr.WriteLine($"error: {theorem.Id} does not apply to {file}: {reason}");
            return ExitCodes.Inapplicable;
        }
        var verdict = onInstances.Judge(evidence);
        if (json)
        {
            var record = verdict.ToJsonObject();
            record["instance"] = System.Text.Json.Nodes.JsonNode.Parse(InstanceWriter.Write(evidence.Instance));
            stdout.WriteLine(record.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        else
        {
            stdout.Write(verdict.ToText());
        }
        return verdict.Kind == VerdictKind.Counterexample ? ExitCodes.Counterexample : ExitCodes.Success;
    }
}
