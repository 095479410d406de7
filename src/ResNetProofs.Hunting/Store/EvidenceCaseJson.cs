using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResNetProofs.Cases;

namespace ResNetProofs.Hunting.Store;

/// <summary>
/// The stored record of an evidence case, in place of an instance: <c>{"kind": "evidence-case", theorem, generator, origin
/// (hunt seed, case index, FsCheck seed and gamma, size, shrink path), size, descriptor}</c>. It holds no drawn numbers: replay
/// and verify regenerate the case from its origin (<see cref="EvidenceCaseSource.Regenerate"/>). 64-bit seeds are strings.
/// </summary>
public static class EvidenceCaseJson
{
    /// <summary>The value of the record's "kind".</summary>
    public const string Kind = "evidence-case";

    /// <summary>The record of <paramref name="value"/> (indented JSON).</summary>
    public static string Write(EvidenceCase value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var o = value.Origin;
        var json = new JsonObject
        {
            ["kind"] = Kind,
            ["theorem"] = value.TheoremId,
            ["generator"] = value.Generator,
            ["huntSeed"] = o.HuntSeed.ToString(CultureInfo.InvariantCulture),
            ["caseIndex"] = o.CaseIndex,
            ["fsCheckSeed"] = o.FsCheckSeed.ToString(CultureInfo.InvariantCulture),
            ["fsCheckGamma"] = o.FsCheckGamma.ToString(CultureInfo.InvariantCulture),
            ["generatorSize"] = o.GeneratorSize,
            ["shrinkPath"] = new JsonArray([.. o.ShrinkPath.Select(i => (JsonNode)JsonValue.Create(i))]),
            ["size"] = value.Size.ToString(),
            ["descriptor"] = value.Descriptor.ToString(),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The theorem, generator and origin of an evidence-case record, or null when <paramref name="json"/> is not one (e.g. an instance).</summary>
    /// <exception cref="ArgumentException">The record says it is an evidence case but a field is missing or malformed.</exception>
    public static (string TheoremId, string Generator, EvidenceOrigin Origin)? TryRead(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject? o;
        try
        {
            o = JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
        if (o?["kind"] is not JsonValue kind || kind.GetValueKind() != JsonValueKind.String || kind.GetValue<string>() != Kind)
        {
            return null;
        }
        try
        {
            var origin = new EvidenceOrigin(
                ulong.Parse(Text(o, "huntSeed"), CultureInfo.InvariantCulture),
                o["caseIndex"]!.GetValue<long>(),
                ulong.Parse(Text(o, "fsCheckSeed"), CultureInfo.InvariantCulture),
                ulong.Parse(Text(o, "fsCheckGamma"), CultureInfo.InvariantCulture),
                o["generatorSize"]!.GetValue<int>(),
                [.. o["shrinkPath"]!.AsArray().Select(n => n!.GetValue<int>())]);
            return (Text(o, "theorem"), Text(o, "generator"), origin);
        }
        catch (Exception ex) when (ex is NullReferenceException or FormatException or OverflowException or InvalidOperationException or JsonException)
        {
            throw new ArgumentException($"evidence-case record is malformed: {ex.Message}", nameof(json), ex);
        }
    }

    private static string Text(JsonObject o, string name) => o[name]?.GetValue<string>() ?? throw new FormatException($"'{name}' is missing");
}
