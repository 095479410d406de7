using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ResNetProofs.InstanceFiles;

/// <summary>
/// A JSON value together with its JSONPath and source file, so every reading step can fail with an
/// <see cref="InstanceFormatException"/> that names exactly where the problem is.
/// </summary>
internal readonly partial record struct LocatedElement(JsonElement Element, string Path, string File)
{
    /// <summary>An exception for a problem at this value.</summary>
    public InstanceFormatException Fail(string problem) => new(File, Path, problem);

    /// <summary>The child of an object at property <paramref name="name"/> (not looked up; path only).</summary>
    public LocatedElement Child(JsonElement element, string name) => new(element, Path + Segment(name), File);

    /// <summary>The child of an array at <paramref name="index"/>.</summary>
    public LocatedElement Child(JsonElement element, int index) => new(element, $"{Path}[{index}]", File);

    /// <summary>Checks this is an object whose fields are all in <paramref name="known"/>, each at most once.</summary>
    public void ExpectObject(IReadOnlyCollection<string> known)
    {
        Expect(JsonValueKind.Object, "an object");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in Element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw Child(property.Value, property.Name).Fail("duplicate field");
            }
            if (!known.Contains(property.Name))
            {
                throw Child(property.Value, property.Name).Fail($"unknown field '{property.Name}'; known fields here: {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>The field <paramref name="name"/> of this object, or a failure naming the missing field.</summary>
    public LocatedElement Required(string name) =>
        TryGet(name, out var value) ? value : throw Fail($"missing required field '{name}'");

    /// <summary>The field <paramref name="name"/> of this object if present.</summary>
    public bool TryGet(string name, out LocatedElement value)
    {
        if (Element.TryGetProperty(name, out var element))
        {
            value = Child(element, name);
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>This value as a string.</summary>
    public string GetString()
    {
        Expect(JsonValueKind.String, "a string");
        return Element.GetString()!;
    }

    /// <summary>This value as a boolean.</summary>
    public bool GetBoolean()
    {
        if (Element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Fail($"expected a boolean (true or false), found {Describe(Element)}");
        }
        return Element.GetBoolean();
    }

    /// <summary>This value as an integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int GetInt32(int min, int max)
    {
        Expect(JsonValueKind.Number, "an integer");
        if (!Element.TryGetInt64(out long value))
        {
            throw Fail($"expected an integer, found {Element.GetRawText()}");
        }
        if (value < min || value > max)
        {
            throw Fail($"{value} is out of range: need {min} ≤ value ≤ {max}");
        }
        return (int)value;
    }

    /// <summary>This value as a finite binary64 number; rejects "NaN"/"Infinity" strings and literals that overflow (e.g. 1e999).</summary>
    public double GetFiniteDouble()
    {
        if (Element.ValueKind == JsonValueKind.String)
        {
            string text = Element.GetString()!;
            string trimmed = text.Trim().TrimStart('+', '-');
            if (trimmed.Equals("NaN", StringComparison.OrdinalIgnoreCase))
            {
                throw Fail("NaN is not allowed");
            }
            if (trimmed.Equals("Infinity", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Inf", StringComparison.OrdinalIgnoreCase) || trimmed == "∞")
            {
                throw Fail($"{text} is not allowed: numbers must be finite");
            }
            throw Fail($"expected a number, found the string \"{JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"");
        }
        Expect(JsonValueKind.Number, "a number");
        if (!Element.TryGetDouble(out double value) || !double.IsFinite(value))
        {
            throw Fail($"{Element.GetRawText()} is not a finite binary64 number (|x| must be below 1.8e308)");
        }
        return value;
    }

    /// <summary>This value as an array; returns its items with their paths.</summary>
    public IReadOnlyList<LocatedElement> GetArray()
    {
        Expect(JsonValueKind.Array, "an array");
        var items = new List<LocatedElement>(Element.GetArrayLength());
        int index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            items.Add(Child(item, index++));
        }
        return items;
    }

    /// <summary>This value as an array of finite numbers.</summary>
    public double[] GetFiniteDoubles()
    {
        var items = GetArray();
        var values = new double[items.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = items[i].GetFiniteDouble();
        }
        return values;
    }

    /// <summary>JSONPath segment for a property: ".name" for identifiers, "['na.me']" otherwise.</summary>
    public static string Segment(string name) =>
        Identifier().IsMatch(name) ? "." + name : "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>"an object", "a number", … for messages.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private void Expect(JsonValueKind kind, string what)
    {
        if (Element.ValueKind != kind)
        {
            throw Fail($"expected {what}, found {Describe(Element)}");
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
