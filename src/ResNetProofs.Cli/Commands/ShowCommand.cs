using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs show STORE ID [--json]</c>: one finding with its record (where, when, versions, shrinking) and its full
/// evidence JSON; --json prints the whole record as JSON (<c>replay FILE</c> accepts it).
/// </summary>
public static class ShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var store = StoreArguments.Store();
        var id = StoreArguments.Id();
        var command = new Command("show", "Print one finding with its evidence.");
        command.Arguments.Add(store);
        command.Arguments.Add(id);
        var json = new Option<bool>("--json") { Description = "Print the whole finding record as JSON (for 'replay FILE')." };
        command.Options.Add(json);
        command.SetAction(parse => Execute(parse.GetRequiredValue(store), parse.GetRequiredValue(id), parse.GetValue(json), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Prints the finding; returns the exit code.</summary>
    public static int Execute(string path, string id, bool json, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        using var store = HuntStore.Open(path, readOnly: true);
        var f = store.Finding(id);
        if (json)
        {
            stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(f, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Success;
        }
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv, $"finding {f.StableId}: {f.TheoremId}: {f.Verdict}"));
        stdout.WriteLine(string.Create(inv, $"  key {f.Key} (row {f.Id})"));
        stdout.WriteLine(string.Create(inv, $"  seed {f.Seed}, case index {f.CaseIndex}, phase {f.Phase}{(f.Change is null ? "" : ", mutation: " + f.Change)}"));
        stdout.WriteLine(string.Create(inv, $"  margin {f.Margin:G6}, score {(f.Score is { } s ? s.ToString("G6", inv) : "–")}"));
        stdout.WriteLine($"  size {f.Size}");
        stdout.WriteLine($"  refinement {(f.RefinementJson is null ? (EvidenceCaseJson.TryRead(f.StartJson) is { } e ? $"none (an evidence case, no instance: replay and verify regenerate it from {e.Generator}, {e.Origin})" : "none (judged at the drawn θ)") : $"{f.RefinementStop}; options {f.RefinementJson}")}");
        stdout.WriteLine($"  generator {f.Descriptor}");
        stdout.WriteLine($"  shrunk {(f.ShrunkSize is null ? "no smaller counterexample" : $"to {f.ShrunkSize} ({f.ShrunkVerdict})")}; {f.ShrinkNote ?? "not shrunk"}");
        stdout.WriteLine($"  found {f.FoundAt}, committed {f.CommittedAt}");
        stdout.WriteLine($"  versions {f.VersionsJson}");
        stdout.WriteLine("evidence:");
        stdout.WriteLine(JsonNode.Parse(f.EvidenceJson)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return ExitCodes.Success;
    }
}
