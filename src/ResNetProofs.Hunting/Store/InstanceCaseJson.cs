using System.Text.Json.Nodes;
using ResNetProofs.Generators;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Hunting.Store;

/// <summary>
/// An <see cref="InstanceCase"/> as JSON: the instance (instance JSON, bitwise round-trip), the architecture spec, the
/// degenerate label and the descriptor, so that a climbing pool survives a restart exactly.
/// </summary>
public static class InstanceCaseJson
{
    /// <summary>The case as JSON text.</summary>
    public static string Write(InstanceCase value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var a = value.Architecture;
        var o = new JsonObject
        {
            ["instance"] = JsonNode.Parse(InstanceWriter.Write(value.Instance)),
            ["architecture"] = new JsonObject
            {
                ["kind"] = a.Kind.ToString(),
                ["inputDimension"] = a.InputDimension,
                ["widths"] = new JsonArray(a.Widths.Select(w => (JsonNode)w).ToArray()),
                ["projectionWidths"] = new JsonArray(a.ProjectionWidths.Select(w => (JsonNode)w).ToArray()),
                ["innerDepth"] = a.InnerDepth,
                ["activation"] = a.Activation.ToString(),
                ["innerBias"] = a.InnerBias,
                ["outputBias"] = a.OutputBias,
                ["purpose"] = a.Purpose.ToString(),
            },
            ["degenerate"] = value.Degenerate.ToString(),
            ["descriptor"] = DescriptorJson.Write(value.Descriptor),
        };
        return o.ToJsonString();
    }

    /// <summary>The case written by <see cref="Write"/>; <paramref name="place"/> names where the text came from in errors.</summary>
    /// <exception cref="FormatException">The text is not such a case (the message names the place and the field).</exception>
    public static InstanceCase Read(string text, string place)
    {
        try
        {
            var o = JsonNode.Parse(text)!.AsObject();
            var instance = InstanceReader.Parse(o["instance"]!.ToJsonString(), place);
            var a = o["architecture"]!.AsObject();
            var spec = new ArchitectureSpec(
                Enum.Parse<ArchitectureKind>(a["kind"]!.GetValue<string>()),
                a["inputDimension"]!.GetValue<int>(),
                a["widths"]!.AsArray().Select(w => w!.GetValue<int>()).ToArray(),
                a["projectionWidths"]!.AsArray().Select(w => w!.GetValue<int>()).ToArray(),
                a["innerDepth"]!.GetValue<int>(),
                Enum.Parse<ActivationKind>(a["activation"]!.GetValue<string>()),
                a["innerBias"]!.GetValue<bool>(),
                a["outputBias"]!.GetValue<bool>(),
                Enum.Parse<ArchitecturePurpose>(a["purpose"]!.GetValue<string>()));
            return new InstanceCase(instance, spec, Enum.Parse<DegenerateCase>(o["degenerate"]!.GetValue<string>()), DescriptorJson.Read(o["descriptor"]));
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or NullReferenceException or ArgumentException or InstanceFormatException)
        {
            throw new FormatException($"{place}: not a stored instance case: {ex.Message}", ex);
        }
    }
}
