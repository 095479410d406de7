namespace ResNetProofs.Generators;

/// <summary>
/// What produced a generated value: the generator's name, its parameters, the FsCheck size it ran at, and the
/// descriptors of the parts it composed; <see cref="ToString"/> prints all of it on one line for failure reports.
/// </summary>
/// <param name="Generator">The generator's name, e.g. "Architectures.DeepResNet".</param>
/// <param name="Parameters">The generator's parameters and drawn choices, in order, as (name, value) text pairs.</param>
/// <param name="Size">The FsCheck size the generator ran at (≥ 0).</param>
/// <param name="Parts">Descriptors of the composed parts (empty for a leaf generator).</param>
public sealed record Descriptor(string Generator, IReadOnlyList<(string Name, string Value)> Parameters, int Size, IReadOnlyList<Descriptor> Parts)
{
    /// <summary>A leaf descriptor with no parts.</summary>
    public Descriptor(string generator, int size, params (string Name, string Value)[] parameters)
        : this(generator, parameters, size, [])
    {
    }

    /// <summary>A copy with one more (name, value) parameter appended (e.g. a shrink step).</summary>
    public Descriptor With(string name, string value) => this with { Parameters = [.. Parameters, (name, value)] };

    /// <summary>A copy with these parts appended.</summary>
    public Descriptor WithParts(params Descriptor[] parts) => this with { Parts = [.. Parts, .. parts] };

    /// <summary>The value of the first parameter with this name, or null.</summary>
    public string? this[string name] => Parameters.FirstOrDefault(p => p.Name == name).Value;

    /// <summary>"Generator(name=value, …; size=S) {part; part}".</summary>
    public override string ToString()
    {
        string parameters = string.Join(", ", Parameters.Select(p => $"{p.Name}={p.Value}"));
        string head = parameters.Length == 0 ? $"{Generator}(size={Size})" : $"{Generator}({parameters}; size={Size})";
        return Parts.Count == 0 ? head : $"{head} {{{string.Join("; ", Parts.Select(p => p.ToString()))}}}";
    }
}
