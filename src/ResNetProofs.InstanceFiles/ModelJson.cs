using ResNetProofs.Numerics.Models;

namespace ResNetProofs.InstanceFiles;

/// <summary>
/// Reads the "model" object of an instance file into an <see cref="IModel"/> (the input dimension d comes from the data)
/// and describes a model back as the fields of that object. Field names and defaults: docs/instance-schema.md.
/// </summary>
internal static class ModelJson
{
    /// <summary>Largest width, projection width or block count a file may give (a sanity bound; P is bounded separately).</summary>
    private const int MaxWidth = 1_000_000;

    /// <summary>Largest inner depth a file may give.</summary>
    private const int MaxInnerDepth = 10_000;

    private static readonly string[] DeepFields = ["kind", "outputBias", "blocks"];
    private static readonly string[] BlockFields = ["width", "projectionWidth", "innerDepth", "activation", "innerBias"];
    private static readonly string[] SingleBlockFields = ["kind", "width", "innerDepth", "activation", "innerBias", "outputBias"];
    private static readonly string[] OneHiddenFields = ["kind", "width", "activation", "hiddenBias", "outputBias"];

    /// <summary>Builds the model described by <paramref name="model"/> for inputs in R^d.</summary>
    public static IModel Read(LocatedElement model, int d)
    {
        if (model.Element.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            throw model.Fail($"expected an object, found {LocatedElement.Describe(model.Element)}");
        }
        var kindElement = model.Required("kind");
        string kind = kindElement.GetString();
        switch (kind)
        {
            case InstanceSchema.DeepResNetKind:
                model.ExpectObject(DeepFields);
                return ReadDeep(model, d);
            case InstanceSchema.SingleBlockResNetKind:
                model.ExpectObject(SingleBlockFields);
                return ReadSingleBlock(model, d);
            case InstanceSchema.OneHiddenLayerKind:
                model.ExpectObject(OneHiddenFields);
                return ReadOneHidden(model, d);
            default:
                throw kindElement.Fail($"unknown model kind '{kind}'; known kinds: {string.Join(", ", InstanceSchema.ModelKinds)}");
        }
    }

    /// <summary>The fields of the "model" object for <paramref name="model"/>, in the order the writer emits them.</summary>
    /// <exception cref="ArgumentException">The model is not one of the kinds in <see cref="InstanceSchema.ModelKinds"/>.</exception>
    public static IReadOnlyList<(string Name, object Value)> Describe(IModel model)
    {
        switch (model)
        {
            case DeepResNet deep:
                var blocks = new List<IReadOnlyList<(string, object)>>();
                for (int l = 1; l <= deep.Depth; l++)
                {
                    var spec = deep.Blocks[l - 1];
                    var fields = new List<(string, object)> { ("width", spec.Width) };
                    if (l >= 2)
                    {
                        fields.Add(("projectionWidth", spec.ProjectionWidth));
                    }
                    fields.Add(("innerDepth", spec.InnerDepth));
                    fields.Add(("activation", Activation.Name(spec.Activation)));
                    fields.Add(("innerBias", spec.InnerBias));
                    blocks.Add(fields);
                }
                return [("kind", deep.Kind), ("outputBias", deep.OutputBias), ("blocks", blocks)];
            case SingleBlockResNet single:
                return
                [
                    ("kind", single.Kind), ("width", single.Width), ("innerDepth", single.InnerDepth),
                    ("activation", Activation.Name(single.Activation)), ("innerBias", single.InnerBias), ("outputBias", single.OutputBias),
                ];
            case OneHiddenLayerNetwork one:
                return
                [
                    ("kind", one.Kind), ("width", one.Width), ("activation", Activation.Name(one.Activation)),
                    ("hiddenBias", one.HiddenBias), ("outputBias", one.OutputBias),
                ];
            default:
                throw new ArgumentException($"model kind '{model.Kind}' ({model.GetType().Name}) has no instance-file form; known kinds: {string.Join(", ", InstanceSchema.ModelKinds)}", nameof(model));
        }
    }

    private static IModel ReadDeep(LocatedElement model, int d)
    {
        bool outputBias = Flag(model, "outputBias", false);
        var blocksElement = model.Required("blocks");
        var items = blocksElement.GetArray();
        if (items.Count == 0)
        {
            throw blocksElement.Fail("a deep ResNet needs at least one block (L ≥ 1)");
        }
        if (items.Count > MaxWidth)
        {
            throw blocksElement.Fail($"{items.Count} blocks is more than the limit of {MaxWidth}");
        }
        var specs = new List<ResidualBlockSpec>(items.Count);
        long count = d + (outputBias ? 1 : 0);
        for (int i = 0; i < items.Count; i++)
        {
            int l = i + 1;
            var block = items[i];
            block.ExpectObject(BlockFields);
            int width = block.Required("width").GetInt32(1, MaxWidth);
            int projection = d;
            if (l >= 2)
            {
                projection = block.Required("projectionWidth").GetInt32(1, MaxWidth);
            }
            else if (block.TryGet("projectionWidth", out var p) && p.GetInt32(1, MaxWidth) != d)
            {
                throw p.Fail($"block 1 has no U (φ¹ acts on x directly), so its projection width is d = {d}; omit the field or set it to {d}");
            }
            var depthElement = block.TryGet("innerDepth", out var e) ? e : (LocatedElement?)null;
            int innerDepth = depthElement?.GetInt32(0, MaxInnerDepth) ?? 1;
            var activation = ReadActivation(block.Required("activation"));
            bool innerBias = Flag(block, "innerBias", true);
            if (innerDepth == 0 && width != projection)
            {
                throw depthElement!.Value.Fail($"innerDepth 0 makes φ^{l} = σ elementwise, which needs width ({width}) = its input width m_{l} ({projection})");
            }
            specs.Add(new ResidualBlockSpec(width, projection, innerDepth, activation, innerBias));
            count += (l >= 2 ? (long)projection * d : 0) + MlpCount(projection, width, innerDepth, innerBias) + (long)d * width;
        }
        CheckCount(model, count);
        return Build(model, () => new DeepResNet(d, specs, outputBias));
    }

    private static IModel ReadSingleBlock(LocatedElement model, int d)
    {
        int width = model.Required("width").GetInt32(1, MaxWidth);
        int innerDepth = model.TryGet("innerDepth", out var e) ? e.GetInt32(1, MaxInnerDepth) : 1;
        var activation = ReadActivation(model.Required("activation"));
        bool innerBias = Flag(model, "innerBias", true);
        bool outputBias = Flag(model, "outputBias", false);
        long count = MlpCount(d, width, innerDepth, innerBias) + (long)d * width + d + (outputBias ? 1 : 0);
        CheckCount(model, count);
        return Build(model, () => new SingleBlockResNet(d, width, innerDepth, activation, innerBias, outputBias));
    }

    private static IModel ReadOneHidden(LocatedElement model, int d)
    {
        int width = model.Required("width").GetInt32(1, MaxWidth);
        var activation = ReadActivation(model.Required("activation"));
        bool hiddenBias = Flag(model, "hiddenBias", true);
        bool outputBias = Flag(model, "outputBias", false);
        long count = (long)width * d + (hiddenBias ? width : 0) + width + (outputBias ? 1 : 0);
        CheckCount(model, count);
        return Build(model, () => new OneHiddenLayerNetwork(d, width, activation, hiddenBias, outputBias));
    }

    private static ActivationKind ReadActivation(LocatedElement element)
    {
        string name = element.GetString();
        return Activation.TryParse(name, out var kind)
            ? kind
            : throw element.Fail($"unknown activation '{name}'; known activations: {string.Join(", ", Activation.Names)}");
    }

    private static bool Flag(LocatedElement parent, string name, bool defaultValue) =>
        parent.TryGet(name, out var element) ? element.GetBoolean() : defaultValue;

    // Parameters of an MLP R^m → R^k with `depth` hidden layers of width k (0 when depth = 0: φ = σ).
    private static long MlpCount(int m, int k, int depth, bool bias) =>
        depth == 0 ? 0 : (long)k * m + (bias ? k : 0) + (depth - 1) * ((long)k * k + (bias ? k : 0));

    private static void CheckCount(LocatedElement model, long count)
    {
        if (count > InstanceSchema.MaxParameters)
        {
            throw model.Fail($"the model would have P = {count} parameters, more than the limit of {InstanceSchema.MaxParameters}");
        }
    }

    private static IModel Build(LocatedElement model, Func<IModel> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            throw new InstanceFormatException(model.File, model.Path, InstanceReader.ProblemOf(ex), ex);
        }
    }
}
