using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResNetProofs.Tests.Snapshots;

/// <summary>
/// The one textual form of a snapshot: object keys sorted ordinally, two-space indentation, arrays of scalars (or of rows of scalars) on one line
/// when short, LF line ends. Doubles are written round-trip ("R") and always with a '.' or an exponent (2 → "2.0"), so an
/// integer token ("2") and a double token stay distinguishable when the file is read back; NaN and ±∞ become the strings
/// "NaN", "Infinity", "-Infinity". Integers come from integral CLR values (int, long, …) or integer tokens of parsed JSON.
/// </summary>
public static class CanonicalJson
{
    private const int InlineArrayWidth = 100;

    private static readonly JsonSerializerOptions StringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The canonical text of <paramref name="node"/>, ending in a newline.</summary>
    public static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        Append(text, node, 0);
        text.Append('\n');
        return text.ToString();
    }

    /// <summary>A double as a canonical token: round-trip digits with a '.' or exponent; non-finite values as quoted strings.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return Quote(value.ToString(CultureInfo.InvariantCulture));
        }
        string digits = value.ToString("R", CultureInfo.InvariantCulture);
        return digits.AsSpan().IndexOfAny('.', 'E', 'e') < 0 ? digits + ".0" : digits;
    }

    /// <summary>True when a JSON number token is an integer (no fraction, no exponent).</summary>
    public static bool IsIntegerToken(string token) => token.AsSpan().IndexOfAny('.', 'E', 'e') < 0;

    /// <summary>A string as a JSON string literal (non-ASCII kept readable).</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, StringOptions);

    /// <summary>The canonical token of a scalar: a quoted string, true/false/null, an integer or a double.</summary>
    public static string Scalar(JsonValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return Quote(value.GetValue<string>());
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Null:
                return "null";
            case JsonValueKind.Number:
                return NumberToken(value);
            default:
                throw new ArgumentException($"not a scalar: {value.GetValueKind()}", nameof(value));
        }
    }

    private static string NumberToken(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            string raw = element.GetRawText();
            return IsIntegerToken(raw) ? raw : Number(double.Parse(raw, CultureInfo.InvariantCulture));
        }
        if (value.TryGetValue<double>(out double d))
        {
            return Number(d);
        }
        if (value.TryGetValue<float>(out float f))
        {
            return Number(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }
        if (value.TryGetValue<int>(out int i))
        {
            return i.ToString(CultureInfo.InvariantCulture);
        }
        if (value.TryGetValue<long>(out long l))
        {
            return l.ToString(CultureInfo.InvariantCulture);
        }
        // Other integral types (short, uint, ulong, …) write themselves as integer tokens.
        string text = value.ToJsonString();
        return IsIntegerToken(text) ? text : throw new ArgumentException($"unsupported number {text}: use double or an integral type", nameof(value));
    }

    private static void Append(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonValue value:
                text.Append(Scalar(value));
                break;
            case JsonArray array:
                AppendArray(text, array, depth);
                break;
            case JsonObject obj:
                AppendObject(text, obj, depth);
                break;
            default:
                throw new ArgumentException($"unexpected node {node.GetType().Name}", nameof(node));
        }
    }

    private static void AppendArray(StringBuilder text, JsonArray array, int depth)
    {
        if (array.Count == 0)
        {
            text.Append("[]");
            return;
        }
        if (Inline(array) is { } inline && inline.Length + (2 * depth) <= InlineArrayWidth)
        {
            text.Append(inline);
            return;
        }
        text.Append("[\n");
        for (int k = 0; k < array.Count; k++)
        {
            Indent(text, depth + 1);
            Append(text, array[k], depth + 1);
            text.Append(k + 1 < array.Count ? ",\n" : "\n");
        }
        Indent(text, depth);
        text.Append(']');
    }

    /// <summary>The one-line form of an array of scalars, or of arrays of scalars (e.g. the rows of x); null for anything deeper.</summary>
    private static string? Inline(JsonArray array)
    {
        static string? Flat(JsonArray a) =>
            a.All(e => e is null or JsonValue) ? "[" + string.Join(", ", a.Select(e => e is null ? "null" : Scalar((JsonValue)e))) + "]" : null;
        if (Flat(array) is { } flat)
        {
            return flat;
        }
        var rows = array.Select(e => e is JsonArray row ? Flat(row) : null).ToArray();
        return rows.All(r => r is not null) ? "[" + string.Join(", ", rows) + "]" : null;
    }

    private static void AppendObject(StringBuilder text, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            text.Append("{}");
            return;
        }
        var keys = obj.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        text.Append("{\n");
        for (int k = 0; k < keys.Length; k++)
        {
            Indent(text, depth + 1);
            text.Append(Quote(keys[k])).Append(": ");
            Append(text, obj[keys[k]], depth + 1);
            text.Append(k + 1 < keys.Length ? ",\n" : "\n");
        }
        Indent(text, depth);
        text.Append('}');
    }

    private static void Indent(StringBuilder text, int depth) => text.Append(' ', 2 * depth);
}
