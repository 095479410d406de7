using System.Globalization;
using System.Text;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.InstanceFiles;

/// <summary>
/// Writes an <see cref="Instance"/> as instance JSON (docs/instance-schema.md) laid out for reading by hand: one data
/// row per line, every parameter block by name, matrices one row per line, column vectors flat. Numbers use the
/// round-trip format "R", so <see cref="InstanceReader"/> gives back bitwise-identical data and parameters.
/// Explicit "parameters" are always written (never "parameterSeed").
/// </summary>
public static class InstanceWriter
{
    private const string Indent = "  ";

    /// <summary>The instance as JSON text (LF line ends, final newline).</summary>
    /// <exception cref="ArgumentException">The model is not one of <see cref="InstanceSchema.ModelKinds"/>.</exception>
    public static string Write(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var model = ModelJson.Describe(instance.Model);
        var text = new StringBuilder();
        text.Append("{\n");
        Field(text, 1, "schema", Quote(InstanceSchema.Id), last: false);
        Field(text, 1, "name", Quote(instance.Name), last: false);
        Field(text, 1, "description", Quote(instance.Description), last: false);
        Field(text, 1, "source", Quote(instance.Source), last: false);
        Field(text, 1, "loss", Quote(instance.Loss.Name), last: false);

        text.Append(Indent).Append("\"data\": {\n");
        text.Append(Indent).Append(Indent).Append("\"x\": [\n");
        var data = instance.Data;
        for (int i = 0; i < data.Count; i++)
        {
            text.Append(Indent).Append(Indent).Append(Indent).Append(Row(data.Input(i))).Append(i + 1 < data.Count ? ",\n" : "\n");
        }
        text.Append(Indent).Append(Indent).Append("],\n");
        Field(text, 2, "y", Row(data.Targets), last: true);
        text.Append(Indent).Append("},\n");

        text.Append(Indent).Append("\"model\": {\n");
        for (int f = 0; f < model.Count; f++)
        {
            var (name, value) = model[f];
            bool last = f + 1 == model.Count;
            if (value is IReadOnlyList<IReadOnlyList<(string, object)>> blocks)
            {
                text.Append(Indent).Append(Indent).Append(Quote(name)).Append(": [\n");
                for (int b = 0; b < blocks.Count; b++)
                {
                    var inline = string.Join(", ", blocks[b].Select(p => $"{Quote(p.Item1)}: {Scalar(p.Item2)}"));
                    text.Append(Indent).Append(Indent).Append(Indent).Append("{ ").Append(inline).Append(" }").Append(b + 1 < blocks.Count ? ",\n" : "\n");
                }
                text.Append(Indent).Append(Indent).Append(']').Append(last ? "\n" : ",\n");
            }
            else
            {
                Field(text, 2, name, Scalar(value), last);
            }
        }
        text.Append(Indent).Append("},\n");

        text.Append(Indent).Append("\"parameters\": {\n");
        var layout = instance.Model.Graph.Layout;
        for (int k = 0; k < layout.Blocks.Count; k++)
        {
            var block = layout.Blocks[k];
            text.Append(Indent).Append(Indent).Append(Quote(block.Name)).Append(": ");
            AppendBlock(text, block, instance.Parameters);
            text.Append(k + 1 < layout.Blocks.Count ? ",\n" : "\n");
        }
        text.Append(Indent).Append("}\n");
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>
    /// Writes the instance to <paramref name="path"/>: first to a temporary file beside it, then renamed into place, so a
    /// reader never sees a half-written file.
    /// </summary>
    public static void WriteFile(Instance instance, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text = Write(instance);
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>A binary64 value in the round-trip format "R" (a valid JSON number for every finite value).</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON cannot hold NaN or ±∞");
        }
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    // Rows×Cols block: a column vector (Cols = 1) flat, anything else as Rows nested rows (one per line if Rows > 1).
    private static void AppendBlock(StringBuilder text, ParameterBlock block, ReadOnlySpan<double> theta)
    {
        var values = block.Slice(theta);
        if (block.Cols == 1)
        {
            text.Append(Row(values));
            return;
        }
        if (block.Rows == 1)
        {
            text.Append('[').Append(Row(values)).Append(']');
            return;
        }
        text.Append("[\n");
        for (int r = 0; r < block.Rows; r++)
        {
            text.Append(Indent).Append(Indent).Append(Indent).Append(Row(values.Slice(r * block.Cols, block.Cols))).Append(r + 1 < block.Rows ? ",\n" : "\n");
        }
        text.Append(Indent).Append(Indent).Append(']');
    }

    private static string Row(ReadOnlySpan<double> values)
    {
        var row = new StringBuilder("[");
        for (int i = 0; i < values.Length; i++)
        {
            row.Append(i == 0 ? "" : ", ").Append(Number(values[i]));
        }
        return row.Append(']').ToString();
    }

    private static void Field(StringBuilder text, int depth, string name, string value, bool last)
    {
        for (int i = 0; i < depth; i++)
        {
            text.Append(Indent);
        }
        text.Append(Quote(name)).Append(": ").Append(value).Append(last ? "\n" : ",\n");
    }

    private static string Scalar(object value) => value switch
    {
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no JSON form for {value.GetType().Name}", nameof(value)),
    };

    // JSON string literal: escapes '"', '\', control characters and unpaired surrogates; everything else verbatim (UTF-8).
    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\b': quoted.Append("\\b"); break;
                case '\f': quoted.Append("\\f"); break;
                default:
                    bool pairedHigh = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                    if (c < 0x20 || (char.IsSurrogate(c) && !pairedHigh))
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (pairedHigh)
                    {
                        quoted.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        quoted.Append(c);
                    }
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
