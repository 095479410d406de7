using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResNetProofs.Theorems;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs theorems [--json | --markdown]</c>: prints the catalogue: id, status and one-line statement of every theorem;
/// --markdown prints the README's theorem table (a test keeps the README equal to it).
/// </summary>
public static class TheoremsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the catalogue as a JSON array." };
        var markdown = new Option<bool>("--markdown") { Description = "Print the catalogue as the README's Markdown table." };
        var command = new Command("theorems", "List every theorem by id, with its status and statement.");
        command.Options.Add(json);
        command.Options.Add(markdown);
        command.SetAction(parse => parse.GetValue(markdown) ? WriteMarkdown(parse.InvocationConfiguration.Output) : Execute(parse.GetValue(json), parse.InvocationConfiguration.Output));
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

    /// <summary>The README's theorem table: one row per theorem with id, status, what is exact or reconstructed, and the statement.</summary>
    public static string MarkdownTable()
    {
        var table = new System.Text.StringBuilder();
        table.Append("| id | status | what is exact, derived or reconstructed | statement |\n");
        table.Append("|---|---|---|---|\n");
        foreach (var t in TheoremCatalog.All)
        {
            table.Append($"| `{t.Id}` | {StatusName(t.Status)} | {Cell(t.StatusNote)} | {Cell(t.Statement)} |\n");
        }
        return table.ToString();
    }

    private static int WriteMarkdown(TextWriter stdout)
    {
        stdout.Write(MarkdownTable());
        return ExitCodes.Success;
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

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
