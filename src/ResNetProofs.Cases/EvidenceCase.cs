using ResNetProofs.Generators;

namespace ResNetProofs.Cases;

/// <summary>
/// One generated case of a theorem judged on its own evidence (Liu et al. 2019, Gulcu, and their planted statements): the
/// drawn value (a <see cref="Described{T}"/> of a CNN teacher, CNN runs or a wide-ResNet problem), its descriptor, its size,
/// and its <see cref="EvidenceOrigin"/>. It has no instance: it is stored and replayed by regenerating it from its origin.
/// </summary>
/// <param name="TheoremId">The theorem the case attacks.</param>
/// <param name="Value">The drawn <see cref="Described{T}"/> (its type is the source's).</param>
/// <param name="Descriptor">What produced the case: generator, parameters, size and parts, with the theorem appended.</param>
/// <param name="Size">The measures shrinking lowers.</param>
/// <param name="Origin">Hunt seed, case index, FsCheck state and size, and shrink path.</param>
public sealed record EvidenceCase(string TheoremId, object Value, Descriptor Descriptor, EvidenceSize Size, EvidenceOrigin Origin)
{
    /// <summary>The generator's name (e.g. "CnnRuns.PlainSamples").</summary>
    public string Generator => Descriptor.Generator;
}
