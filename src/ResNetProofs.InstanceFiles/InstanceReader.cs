using System.Text.Json;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.InstanceFiles;

/// <summary>
/// Reads instance files (schema "resnetproofs.instance/1", docs/instance-schema.md) into <see cref="Instance"/>s.
/// Every problem, from a missing file to a parameter block of the wrong shape, is reported as an
/// <see cref="InstanceFormatException"/> naming the file, the JSONPath of the offending value and what is wrong.
/// </summary>
public static class InstanceReader
{
    private static readonly string[] TopLevelFields = ["schema", "name", "description", "source", "loss", "data", "model", "parameters", "parameterSeed"];
    private static readonly string[] DataFields = ["x", "y"];

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Reads the instance file at <paramref name="path"/>; the path as given names the file in errors.</summary>
    /// <exception cref="InstanceFormatException">The file is missing or unreadable (JsonPath null), or its content is not a valid instance.</exception>
    public static Instance Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException ex)
        {
            throw new InstanceFormatException(path, null, "file not found", ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new InstanceFormatException(path, null, "file not found (no such directory)", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            throw new InstanceFormatException(path, null, $"cannot read the file: {ex.Message}", ex);
        }
        return Parse(DecodeUtf8(bytes, path), path);
    }

    /// <summary>
    /// The text of UTF-8 <paramref name="bytes"/> (a leading byte-order mark dropped); invalid UTF-8 is an error at its byte
    /// offset, never replaced by U+FFFD.
    /// </summary>
    /// <exception cref="InstanceFormatException">An invalid or truncated UTF-8 sequence, naming its byte offset (from 0) and value.</exception>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, string sourceName)
    {
        int start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var content = bytes[start..];
        var chars = new char[content.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(content, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            long offset = start + read;
            string what = offset < bytes.Length ? $"byte 0x{bytes[(int)offset]:X2}" : "the end of the file";
            throw new InstanceFormatException(sourceName, null, $"invalid UTF-8 at byte offset {offset} ({what}): instance files must be UTF-8 text");
        }
        return new string(chars, 0, written);
    }

    /// <summary>Parses instance JSON <paramref name="text"/>; <paramref name="sourceName"/> names the source in errors.</summary>
    /// <exception cref="InstanceFormatException">The text is not JSON, or not a valid instance.</exception>
    public static Instance Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            long line = (ex.LineNumber ?? 0) + 1;
            long column = (ex.BytePositionInLine ?? 0) + 1;
            throw new InstanceFormatException(sourceName, "$", $"invalid JSON at line {line}, byte {column}: {SyntaxProblem(ex.Message)}", ex);
        }
        using (document)
        {
            return ReadRoot(new LocatedElement(document.RootElement, "$", sourceName));
        }
    }

    /// <summary>The message of an <see cref="ArgumentException"/> without the " (Parameter 'name')" suffix.</summary>
    internal static string ProblemOf(ArgumentException ex)
    {
        string message = ex.Message;
        string suffix = $" (Parameter '{ex.ParamName}')";
        return ex.ParamName is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    private static Instance ReadRoot(LocatedElement root)
    {
        root.ExpectObject(TopLevelFields);

        var schemaElement = root.Required("schema");
        string schema = schemaElement.GetString();
        if (schema != InstanceSchema.Id)
        {
            throw schemaElement.Fail($"unsupported schema '{schema}'; this reader knows '{InstanceSchema.Id}'");
        }

        var nameElement = root.Required("name");
        string name = nameElement.GetString();
        if (string.IsNullOrWhiteSpace(name))
        {
            throw nameElement.Fail("the name must not be empty");
        }
        string description = root.TryGet("description", out var d) ? d.GetString() : "";
        string source = root.TryGet("source", out var s) ? s.GetString() : "";

        var lossElement = root.Required("loss");
        string lossName = lossElement.GetString();
        var loss = LossCatalog.TryGet(lossName)
            ?? throw lossElement.Fail($"unknown loss '{lossName}'; known losses: {string.Join(", ", LossCatalog.Names)}");

        var dataElement = root.Required("data");
        var data = ReadData(dataElement);
        CheckTargets(dataElement, data, loss);

        var model = ModelJson.Read(root.Required("model"), data.Dimension);

        bool hasParameters = root.TryGet("parameters", out var parametersElement);
        bool hasSeed = root.TryGet("parameterSeed", out var seedElement);
        if (hasParameters && hasSeed)
        {
            throw seedElement.Fail("give either 'parameters' or 'parameterSeed', not both");
        }
        double[] parameters = hasParameters
            ? ReadParameters(parametersElement, model.Graph.Layout)
            : hasSeed
                ? SeededParameters.Draw(model.Graph.Layout, seedElement.GetInt32(int.MinValue, int.MaxValue))
                : throw root.Fail("missing required field 'parameters' (or 'parameterSeed' to draw them)");

        try
        {
            return new Instance(name, description, source, data, model, loss, parameters);
        }
        catch (ArgumentException ex)
        {
            throw root.Fail(ProblemOf(ex));
        }
    }

    private static Dataset ReadData(LocatedElement data)
    {
        data.ExpectObject(DataFields);
        var xElement = data.Required("x");
        var rowElements = xElement.GetArray();
        if (rowElements.Count == 0)
        {
            throw xElement.Fail("the dataset is empty: x has no rows (need n ≥ 1)");
        }
        var rows = new double[rowElements.Count][];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = rowElements[i].GetFiniteDoubles();
            if (rows[i].Length == 0)
            {
                throw rowElements[i].Fail("empty row: inputs need dimension d ≥ 1");
            }
            if (rows[i].Length != rows[0].Length)
            {
                throw rowElements[i].Fail($"ragged rows: x[{i}] has {rows[i].Length} entries but x[0] has {rows[0].Length}");
            }
        }
        var yElement = data.Required("y");
        var targets = yElement.GetFiniteDoubles();
        if (targets.Length != rows.Length)
        {
            throw yElement.Fail($"length mismatch: y has {targets.Length} entries but x has {rows.Length} rows");
        }
        try
        {
            return Dataset.Create(rows, targets);
        }
        catch (ArgumentException ex)
        {
            throw data.Fail(ProblemOf(ex));
        }
    }

    // The loss reports the first bad target by index; re-check one sample at a time to attach the exact path.
    private static void CheckTargets(LocatedElement dataElement, Dataset data, ILoss loss)
    {
        try
        {
            loss.ValidateTargets(data);
        }
        catch (ArgumentException ex)
        {
            var y = dataElement.Required("y").GetArray();
            for (int i = 0; i < data.Count; i++)
            {
                try
                {
                    loss.ValidateTargets(Dataset.Create([data.Input(i).ToArray()], [data.Target(i)]));
                }
                catch (ArgumentException)
                {
                    throw new InstanceFormatException(y[i].File, y[i].Path, ProblemOf(ex), ex);
                }
            }
            throw new InstanceFormatException(dataElement.File, dataElement.Path + ".y", ProblemOf(ex), ex);
        }
    }

    private static double[] ReadParameters(LocatedElement parameters, ParameterLayout layout)
    {
        var names = layout.Blocks.Select(b => b.Name).ToArray();
        if (parameters.Element.ValueKind != JsonValueKind.Object)
        {
            throw parameters.Fail($"expected an object of named parameter blocks, found {LocatedElement.Describe(parameters.Element)}");
        }
        foreach (var property in parameters.Element.EnumerateObject())
        {
            if (!layout.TryGet(property.Name, out _))
            {
                throw parameters.Child(property.Value, property.Name).Fail($"unknown parameter block '{property.Name}'; this model's blocks are: {BlockList(layout)}");
            }
        }
        parameters.ExpectObject(names);
        var theta = new double[layout.Count];
        foreach (var block in layout.Blocks)
        {
            if (!parameters.TryGet(block.Name, out var element))
            {
                throw parameters.Fail($"missing parameter block '{block.Name}' ({Shape(block)}); this model's blocks are: {BlockList(layout)}");
            }
            ReadBlock(element, block, theta);
        }
        return theta;
    }

    private static void ReadBlock(LocatedElement element, ParameterBlock block, double[] theta)
    {
        var rows = element.GetArray();
        bool flat = block.Cols == 1 && rows.Count > 0 && rows[0].Element.ValueKind != JsonValueKind.Array;
        if (flat)
        {
            if (rows.Count != block.Rows)
            {
                throw element.Fail($"wrong shape: block '{block.Name}' is {Shape(block)}, written flat it needs {block.Rows} entries, found {rows.Count}");
            }
            for (int r = 0; r < block.Rows; r++)
            {
                theta[block.Offset + r] = rows[r].GetFiniteDouble();
            }
            return;
        }
        if (rows.Count != block.Rows)
        {
            throw element.Fail($"wrong shape: block '{block.Name}' is {Shape(block)}, so it needs {block.Rows} row{Plural(block.Rows)}, found {rows.Count}");
        }
        for (int r = 0; r < block.Rows; r++)
        {
            if (rows[r].Element.ValueKind != JsonValueKind.Array)
            {
                throw rows[r].Fail($"expected a row (an array of {block.Cols} number{Plural(block.Cols)}) of block '{block.Name}' ({Shape(block)}), found {LocatedElement.Describe(rows[r].Element)}");
            }
            var entries = rows[r].GetArray();
            if (entries.Count != block.Cols)
            {
                throw rows[r].Fail($"wrong shape: block '{block.Name}' is {Shape(block)}, so each row needs {block.Cols} entr{(block.Cols == 1 ? "y" : "ies")}, found {entries.Count}");
            }
            for (int c = 0; c < block.Cols; c++)
            {
                theta[block.Offset + r * block.Cols + c] = entries[c].GetFiniteDouble();
            }
        }
    }

    private static string Shape(ParameterBlock block) => $"{block.Rows}×{block.Cols}";

    private static string Plural(int count) => count == 1 ? "" : "s";

    private static string BlockList(ParameterLayout layout) => string.Join(", ", layout.Blocks.Select(b => $"{b.Name} ({Shape(b)})"));

    // System.Text.Json appends " LineNumber: 0 | BytePositionInLine: 4." to its messages; we report 1-based positions ourselves.
    private static string SyntaxProblem(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
