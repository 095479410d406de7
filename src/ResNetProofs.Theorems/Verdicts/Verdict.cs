using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResNetProofs.Theorems.Verdicts;

/// <summary>
/// The judgement of one theorem on one instance, with all its evidence: the gates, the hypotheses, the conclusion,
/// and the numbers measured. Serialises to JSON (<see cref="ToJson"/>) and prints as a short report (<see cref="ToText"/>).
/// </summary>
public sealed record Verdict
{
    /// <summary>The theorem's stable id, e.g. "yun2019.deep-critical-points".</summary>
    public required string TheoremId { get; init; }

    /// <summary>Confirmed, Vacuous, Counterexample or Inconclusive.</summary>
    public required VerdictKind Kind { get; init; }

    /// <summary>The judge's rule that gave <see cref="Kind"/>.</summary>
    public required VerdictReason Reason { get; init; }

    /// <summary>One line naming the deciding gate or check, with its numbers.</summary>
    public required string Explanation { get; init; }

    /// <summary>Soundness gates, in the order checked.</summary>
    public required IReadOnlyList<Gate> Gates { get; init; }

    /// <summary>The theorem's hypotheses, evaluated.</summary>
    public required IReadOnlyList<Check> Hypotheses { get; init; }

    /// <summary>The theorem's conclusion, evaluated.</summary>
    public required Check Conclusion { get; init; }

    /// <summary>Further numbers measured at the instance (R, R_lin, ‖∇R‖, λ_min, …).</summary>
    public IReadOnlyList<NamedValue> Numbers { get; init; } = [];

    /// <summary>The proof behind the enclosures (existence ball, enclosures, witness), or null.</summary>
    public VerdictCertificate? Certificate { get; init; }


    /// <summary>True when the verdict is decided and every deciding check is exact or enclosure-based.</summary>
    public bool Certified { get; init; }

    /// <summary>The verdict and all its evidence as a JSON object (numbers in round-trip precision; NaN/∞ as strings).</summary>
    public JsonObject ToJsonObject()
    {
        var numbers = new JsonObject();
        foreach (var n in Numbers)
        {
            numbers[n.Name] = JsonNumber(n.Value);
        }
        return new JsonObject
        {
            ["theorem"] = TheoremId,
            ["verdict"] = Kind.ToString(),
            ["reason"] = Reason.ToString(),
            ["explanation"] = Explanation,
            ["gates"] = new JsonArray(Gates.Select(g => (JsonNode)new JsonObject { ["name"] = g.Name, ["passed"] = g.Passed, ["detail"] = g.Detail }).ToArray()),
            ["hypotheses"] = new JsonArray(Hypotheses.Select(CheckJson).ToArray()),
            ["conclusion"] = CheckJson(Conclusion),
            ["numbers"] = numbers,
            ["certified"] = Certified,
            ["certificate"] = Certificate is null ? null : CertificateJson(Certificate),
        };
    }

    private static JsonObject CertificateJson(VerdictCertificate c) => new()
    {
        ["method"] = c.Method,
        ["detail"] = c.Detail,
        ["radius"] = JsonNumber(c.Radius),
        ["distance"] = JsonNumber(c.Distance),
        ["gauge"] = c.Gauge,
        ["enclosures"] = new JsonArray(c.Enclosures.Select(e => (JsonNode)new JsonObject
        {
            ["name"] = e.Name,
            ["lo"] = JsonNumber(e.Lo),
            ["hi"] = JsonNumber(e.Hi),
            ["width"] = JsonNumber(e.Width),
            ["origin"] = e.Origin,
        }).ToArray()),
        ["witness"] = c.Witness is null ? null : new JsonArray(c.Witness.Select(x => (JsonNode?)JsonNumber(x)).ToArray()),
    };

    /// <summary><see cref="ToJsonObject"/>, indented.</summary>
    public string ToJson() => ToJsonObject().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>A short human report: the verdict line, then gates, hypotheses, conclusion and numbers.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        string rigour = Kind == VerdictKind.Inconclusive ? "" : Certified ? " (certified: exact facts and enclosures)" : " (NOT certified: a confirmation decided by tolerances)";
        text.AppendLine($"{TheoremId}: {Kind.ToString().ToUpperInvariant()}{rigour}");
        text.AppendLine($"  because: {Explanation}");
        foreach (var g in Gates)
        {
            text.AppendLine($"  gate        {g.Describe()}");
        }
        foreach (var h in Hypotheses)
        {
            text.AppendLine($"  hypothesis  {h.Describe()}");
        }
        text.AppendLine($"  conclusion  {Conclusion.Describe()}");
        foreach (var n in Numbers)
        {
            text.AppendLine($"  {n.Name} = {Check.Number(n.Value)}");
        }
        if (Certificate is { } c)
        {
            text.AppendLine($"  certificate {c.Method}: {c.Detail}");
            foreach (var e in c.Enclosures)
            {
                text.AppendLine($"    {e.Name} ∈ [{e.Lo.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, {e.Hi.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}] ({e.Origin})");
            }
        }
        return text.ToString();
    }

    private static JsonNode CheckJson(Check c)
    {
        var o = new JsonObject
        {
            ["name"] = c.Name,
            ["statement"] = c.Statement,
            ["outcome"] = c.Outcome.ToString(),
            ["left"] = JsonNumber(c.Left),
            ["right"] = JsonNumber(c.Right),
            ["margin"] = JsonNumber(c.Margin),
            ["tolerance"] = JsonNumber(c.Tolerance),
            ["toleranceOrigin"] = c.ToleranceOrigin,
            ["rigorous"] = c.Rigorous,
        };
        if (c.MarginEnclosure is { } m)
        {
            o["enclosure"] = new JsonObject
            {
                ["left"] = Pair(c.LeftEnclosure),
                ["right"] = Pair(c.RightEnclosure),
                ["margin"] = Pair(m),
            };
        }
        if (c.AnyOf.Count > 0)
        {
            o["anyOf"] = new JsonArray(c.AnyOf.Select(CheckJson).ToArray());
        }
        return o;
    }

    private static JsonArray? Pair(Numerics.Enclosures.Interval? x) => x is { } i ? new JsonArray(JsonNumber(i.Lo), JsonNumber(i.Hi)) : null;

    /// <summary>A finite double as a JSON number (round-trip); NaN and ±∞ as the strings "NaN", "Infinity", "-Infinity".</summary>
    public static JsonNode JsonNumber(double value) =>
        double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(value.ToString(System.Globalization.CultureInfo.InvariantCulture))!;
}
