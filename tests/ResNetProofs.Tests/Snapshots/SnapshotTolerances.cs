using System.Text.Json.Nodes;

namespace ResNetProofs.Tests.Snapshots;

/// <summary>
/// The tolerances of one snapshot: a default for every double, and rules for fields whose value comes from an iterative
/// solver. The first rule whose pattern matches a path wins, so list specific rules before general ones.
/// </summary>
public sealed record SnapshotTolerances
{
    /// <summary>1e−12 relative everywhere, no rules.</summary>
    public static SnapshotTolerances Default { get; } = new();

    /// <summary>The tolerance of every double no rule matches.</summary>
    public SnapshotTolerance Fallback { get; init; } = SnapshotTolerance.Tight;

    /// <summary>Per-field rules, first match wins.</summary>
    public IReadOnlyList<SnapshotToleranceRule> Rules { get; init; } = [];

    /// <summary>These tolerances with one more rule, tried after the existing ones.</summary>
    public SnapshotTolerances With(string pattern, double absolute, double relative, string reason) =>
        this with { Rules = [.. Rules, new SnapshotToleranceRule(pattern, new SnapshotTolerance(absolute, relative), reason)] };

    /// <summary>The tolerance for the double at <paramref name="path"/>, and the pattern that chose it (null: the default).</summary>
    public (SnapshotTolerance Tolerance, string? Pattern) For(string path)
    {
        foreach (var rule in Rules)
        {
            if (rule.Matches(path))
            {
                return (rule.Tolerance, rule.Pattern);
            }
        }
        return (Fallback, null);
    }

    /// <summary>The tolerances as a JSON object, for the snapshot file itself: {"default": "...", "rules": [{pattern, tolerance, reason}]}.</summary>
    public JsonObject ToJson() => new()
    {
        ["default"] = Fallback.ToString(),
        ["rules"] = new JsonArray(Rules.Select(r => (JsonNode)new JsonObject
        {
            ["pattern"] = r.Pattern,
            ["tolerance"] = r.Tolerance.ToString(),
            ["reason"] = r.Reason,
        }).ToArray()),
    };
}
