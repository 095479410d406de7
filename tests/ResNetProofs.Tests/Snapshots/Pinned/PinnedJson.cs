using System.Text.Json.Nodes;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Snapshots.Pinned;

/// <summary>The JSON pieces the pinned snapshots share: data, parameter blocks, verdicts.</summary>
public static class PinnedJson
{
    /// <summary>A double, NaN and ±∞ as strings.</summary>
    public static JsonNode Number(double value) => global::ResNetProofs.Theorems.Verdicts.Verdict.JsonNumber(value);

    /// <summary>An array of doubles.</summary>
    public static JsonArray Numbers(IEnumerable<double> values) => new(values.Select(Number).ToArray());

    /// <summary>{"x": [[…], …], "y": […]}: the data as in an instance file.</summary>
    public static JsonObject Data(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new JsonObject
        {
            ["x"] = new JsonArray(data.Rows().Select(r => (JsonNode)Numbers(r)).ToArray()),
            ["y"] = Numbers(data.Targets.ToArray()),
        };
    }

    /// <summary>θ by named block ({"w": […], "V1": […], …}).</summary>
    public static JsonObject Parameters(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var o = new JsonObject();
        foreach (var block in instance.Model.Graph.Layout.Blocks)
        {
            o[block.Name] = Numbers(block.Slice(instance.Parameters).ToArray());
        }
        return o;
    }

    /// <summary>A verdict in brief: theorem, kind, the judge's reason, and the deciding conclusion's margin and tolerance.</summary>
    public static JsonObject Verdict(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return new JsonObject
        {
            ["theorem"] = verdict.TheoremId,
            ["kind"] = verdict.Kind.ToString(),
            ["reason"] = verdict.Reason.ToString(),
            ["conclusionMargin"] = Number(verdict.Conclusion.Margin),
            ["conclusionTolerance"] = Number(verdict.Conclusion.Tolerance),
        };
    }
}
