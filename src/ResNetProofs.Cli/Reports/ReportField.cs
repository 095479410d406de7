using System.Text.Json.Nodes;

namespace ResNetProofs.Cli.Reports;

/// <summary>
/// One line of a report section: shown as "Label  Text" in the text form and as "Key": Json in the JSON form.
/// A field with a null <see cref="Key"/> appears only in the text; one with a null <see cref="Label"/> only in the JSON.
/// </summary>
/// <param name="Key">JSON property name, or null for a text-only line.</param>
/// <param name="Json">JSON value (null writes JSON null).</param>
/// <param name="Label">Text label, or null for a JSON-only value.</param>
/// <param name="Text">Text value.</param>
internal sealed record ReportField(string? Key, JsonNode? Json, string? Label, string Text);
