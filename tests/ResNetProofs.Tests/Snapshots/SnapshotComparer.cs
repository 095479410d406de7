using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ResNetProofs.Tests.Snapshots;

/// <summary>
/// Field-by-field comparison of two snapshots in canonical form: text, booleans and integers must be equal; doubles must
/// agree within the tolerance <see cref="SnapshotTolerances.For"/> gives their path; objects are compared by key (order is
/// irrelevant), arrays by index, with a length change reported at the array's own path.
/// </summary>
public static partial class SnapshotComparer
{
    /// <summary>Every difference between <paramref name="verified"/> and <paramref name="received"/>, in document order.</summary>
    public static IReadOnlyList<SnapshotDifference> Compare(JsonNode? verified, JsonNode? received, SnapshotTolerances tolerances)
    {
        ArgumentNullException.ThrowIfNull(tolerances);
        var differences = new List<SnapshotDifference>();
        Walk("$", verified, received, tolerances, differences);
        return differences;
    }

    /// <summary>The path of member <paramref name="key"/> under <paramref name="parent"/>: <c>$.a.b</c>, or <c>$['a b']</c> for other keys.</summary>
    public static string Member(string parent, string key) =>
        Identifier().IsMatch(key) ? $"{parent}.{key}" : $"{parent}[{CanonicalJson.Quote(key).Replace('"', '\'')}]";

    private static void Walk(string path, JsonNode? verified, JsonNode? received, SnapshotTolerances tolerances, List<SnapshotDifference> differences)
    {
        switch (verified, received)
        {
            case (JsonObject a, JsonObject b):
                foreach (string key in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    string child = Member(path, key);
                    bool inA = a.ContainsKey(key), inB = b.ContainsKey(key);
                    if (inA && inB)
                    {
                        Walk(child, a[key], b[key], tolerances, differences);
                    }
                    else
                    {
                        differences.Add(new(child, inA ? Summary(a[key]) : "(absent)", inB ? Summary(b[key]) : "(absent)", inA ? "field removed" : "field added"));
                    }
                }
                break;
            case (JsonArray a, JsonArray b):
                if (a.Count != b.Count)
                {
                    differences.Add(new(path, $"{a.Count} elements", $"{b.Count} elements", $"array length changed from {a.Count} to {b.Count} (elements are compared up to {Math.Min(a.Count, b.Count)})"));
                }
                for (int k = 0; k < Math.Min(a.Count, b.Count); k++)
                {
                    Walk($"{path}[{k}]", a[k], b[k], tolerances, differences);
                }
                break;
            case (JsonValue a, JsonValue b):
                CompareScalars(path, CanonicalJson.Scalar(a), CanonicalJson.Scalar(b), a.GetValueKind(), b.GetValueKind(), tolerances, differences);
                break;
            case (null, null):
                break;
            default:
                differences.Add(new(path, Summary(verified), Summary(received), $"kind changed from {Kind(verified)} to {Kind(received)}"));
                break;
        }
    }

    private static void CompareScalars(string path, string a, string b, JsonValueKind kindA, JsonValueKind kindB, SnapshotTolerances tolerances, List<SnapshotDifference> differences)
    {
        if (kindA == JsonValueKind.Number && kindB == JsonValueKind.Number)
        {
            bool integerA = CanonicalJson.IsIntegerToken(a), integerB = CanonicalJson.IsIntegerToken(b);
            if (integerA && integerB)
            {
                if (a != b)
                {
                    differences.Add(new(path, a, b, "integers must be equal"));
                }
                return;
            }
            if (integerA != integerB)
            {
                differences.Add(new(path, a, b, $"number kind changed from {(integerA ? "integer" : "double")} to {(integerB ? "integer" : "double")}"));
                return;
            }
            double x = double.Parse(a, CultureInfo.InvariantCulture), y = double.Parse(b, CultureInfo.InvariantCulture);
            var (tolerance, pattern) = tolerances.For(path);
            if (!tolerance.Admits(x, y))
            {
                double delta = Math.Abs(y - x);
                double relative = delta / Math.Max(Math.Abs(x), Math.Abs(y));
                differences.Add(new(path, a, b, string.Create(CultureInfo.InvariantCulture,
                    $"|Δ| = {delta:G3} (relative {relative:G3}) exceeds tolerance {tolerance} ({(pattern is null ? "snapshot default" : $"rule \"{pattern}\"")})")));
            }
            return;
        }
        if (a != b)
        {
            differences.Add(new(path, a, b, kindA == kindB ? $"{Describe(kindA)} must be equal" : $"kind changed from {Describe(kindA)} to {Describe(kindB)}"));
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "text",
        JsonValueKind.True or JsonValueKind.False => "booleans",
        JsonValueKind.Number => "number",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => Describe(v.GetValueKind()),
        _ => node.GetType().Name,
    };

    private static string Summary(JsonNode? node)
    {
        string text = Whitespace().Replace(CanonicalJson.Write(node).TrimEnd('\n'), " ");
        return text.Length <= 120 ? text : text[..117] + "...";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
