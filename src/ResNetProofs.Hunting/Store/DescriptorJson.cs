using System.Text.Json.Nodes;
using ResNetProofs.Generators;

namespace ResNetProofs.Hunting.Store;

/// <summary>A <see cref="Descriptor"/> as JSON ({generator, size, parameters: [[name, value]…], parts: […]}) and back.</summary>
public static class DescriptorJson
{
    /// <summary>The descriptor as a JSON object.</summary>
    public static JsonObject Write(Descriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new JsonObject
        {
            ["generator"] = descriptor.Generator,
            ["size"] = descriptor.Size,
            ["parameters"] = new JsonArray(descriptor.Parameters.Select(p => (JsonNode)new JsonArray(p.Name, p.Value)).ToArray()),
            ["parts"] = new JsonArray(descriptor.Parts.Select(p => (JsonNode)Write(p)).ToArray()),
        };
    }

    /// <summary>The descriptor written by <see cref="Write"/>.</summary>
    /// <exception cref="FormatException">A field is missing or of the wrong type (the message names it).</exception>
    public static Descriptor Read(JsonNode? node)
    {
        if (node is not JsonObject o)
        {
            throw new FormatException("descriptor: expected a JSON object");
        }
        var parameters = (o["parameters"] as JsonArray ?? throw new FormatException("descriptor.parameters: missing"))
            .Select(p => (p![0]!.GetValue<string>(), p[1]!.GetValue<string>())).ToList();
        var parts = (o["parts"] as JsonArray ?? throw new FormatException("descriptor.parts: missing")).Select(Read).ToList();
        return new Descriptor(o["generator"]?.GetValue<string>() ?? throw new FormatException("descriptor.generator: missing"), parameters, o["size"]?.GetValue<int>() ?? 0, parts);
    }
}
