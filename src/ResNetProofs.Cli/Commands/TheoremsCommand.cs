using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResNetProofs.Theorems;

namespace ResNetProofs.Cli.Commands;

/// <summary><c>resnetproofs theorems [--json]</c>: prints the catalogue: id, status and one-line statement of every theorem.</summary>
public static class TheoremsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the catalogue as a JSON array." };
        var command = new Command("theorems", "List every theorem by id, with its status and statement.");
        command.Options.Add(json);
        command.SetAction(parse => Execute(parse.GetValue(json), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Prints the catalogue; returns <see cref="ExitCodes.Success"/>.</summary>
    public static int Execute(bool json, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        if (json)
        {
            var array = new JsonArray(TheoremCatalog.All.Select(t => (JsonNode)new JsonObject
            {
                ["id"] = t.Id,
                ["status"] = StatusName(t.Status),
                ["statusNote"] = t.StatusNote,
                ["statement"] = t.Statement,
                ["source"] = t.Source,
            }).ToArray());
            stdout.WriteLine(array.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return ExitCodes.Success;
        }
        int width = TheoremCatalog.All.Max(t => t.Id.Length);
        foreach (var t in TheoremCatalog.All)
        {
            stdout.WriteLine($"{t.Id.PadRight(width)}  {StatusName(t.Status),-14}  {t.Statement}");
        }
        return ExitCodes.Success;
    }

    /// <summary>The status as printed: "exact", "derived", "reconstructed", "open conjecture", "planted false".</summary>
    public static string StatusName(TheoremStatus status) => status switch
    {
        TheoremStatus.Exact => "exact",
        TheoremStatus.Derived => "derived",
        TheoremStatus.Reconstructed => "reconstructed",
        TheoremStatus.OpenConjecture => "open conjecture",
        _ => "planted false",
    };
}
