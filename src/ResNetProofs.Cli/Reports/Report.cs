using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResNetProofs.Cli.Reports;

/// <summary>
/// An ordered list of <see cref="ReportSection"/>s with two renderings: aligned text for people, and one indented JSON
/// object (sections as properties, doubles shortest round-trip, NaN/∞ as null) for programs.
/// </summary>
internal sealed class Report
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<ReportSection> _sections = [];

    /// <summary>The sections in order.</summary>
    public IReadOnlyList<ReportSection> Sections => _sections;

    /// <summary>Appends a new section and returns it.</summary>
    public ReportSection Section(string key, string title)
    {
        var section = new ReportSection(key, title);
        _sections.Add(section);
        return section;
    }

    /// <summary>Writes the text form: each section's title, then its labelled lines, labels aligned per section.</summary>
    public void WriteText(TextWriter output)
    {
        foreach (var section in _sections)
        {
            output.WriteLine(section.Title);
            var lines = section.Fields.Where(f => f.Label is not null).ToList();
            int width = lines.Count == 0 ? 0 : lines.Max(f => f.Label!.Length);
            foreach (var field in lines)
            {
                output.WriteLine($"  {field.Label!.PadRight(width)}  {field.Text}".TrimEnd());
            }
        }
    }

    /// <summary>The JSON form, indented.</summary>
    public string ToJson()
    {
        var json = new JsonObject();
        foreach (var section in _sections)
        {
            json[section.Key] = section.ToJson();
        }
        return json.ToJsonString(JsonOptions);
    }
}
