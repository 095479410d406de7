using System.Text.Json.Nodes;

namespace ResNetProofs.Cli.Reports;

/// <summary>A titled group of <see cref="ReportField"/>s; one JSON object under <see cref="Key"/>.</summary>
internal sealed class ReportSection(string key, string title)
{
    private readonly List<ReportField> _fields = [];

    /// <summary>JSON property name of the section.</summary>
    public string Key { get; } = key;

    /// <summary>Heading of the section in the text form.</summary>
    public string Title { get; } = title;

    /// <summary>The fields in order.</summary>
    public IReadOnlyList<ReportField> Fields => _fields;

    /// <summary>Adds a field shown in both forms.</summary>
    public ReportSection Add(string key, string label, double value) => Add(new ReportField(key, ReportFormat.Json(value), label, ReportFormat.Number(value)));

    /// <summary>Adds a field shown in both forms.</summary>
    public ReportSection Add(string key, string label, int value) => Add(new ReportField(key, JsonValue.Create(value), label, ReportFormat.Number(value)));

    /// <summary>Adds a field shown in both forms.</summary>
    public ReportSection Add(string key, string label, string value) => Add(new ReportField(key, JsonValue.Create(value), label, value));

    /// <summary>Adds a field shown in both forms ("yes"/"no" in the text).</summary>
    public ReportSection Add(string key, string label, bool value) => Add(new ReportField(key, JsonValue.Create(value), label, value ? "yes" : "no"));

    /// <summary>Adds a field.</summary>
    public ReportSection Add(ReportField field)
    {
        _fields.Add(field);
        return this;
    }

    /// <summary>The JSON form: an object of the fields that have a key.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var field in _fields)
        {
            if (field.Key is not null)
            {
                json[field.Key] = field.Json?.DeepClone();
            }
        }
        return json;
    }
}
