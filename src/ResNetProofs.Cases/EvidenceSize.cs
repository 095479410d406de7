using System.Globalization;

namespace ResNetProofs.Cases;

/// <summary>The named measures a shrink step of an evidence case lowers, e.g. (p, k) of a CNN teacher or (n, d, m, H) of a wide-ResNet problem.</summary>
/// <param name="Names">The measures' names, in order.</param>
/// <param name="Values">Their values, one per name.</param>
public sealed record EvidenceSize(IReadOnlyList<string> Names, IReadOnlyList<int> Values)
{
    /// <summary>The sum of the measures (the "smallest" order the hunter's finding retention uses).</summary>
    public int Weight => Values.Sum();

    /// <summary>True when no measure is larger than in <paramref name="other"/> and at least one is smaller (same names).</summary>
    public bool IsStrictlySmallerThan(EvidenceSize other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Names.SequenceEqual(other.Names) && Values.Zip(other.Values).All(p => p.First <= p.Second) && Values.Zip(other.Values).Any(p => p.First < p.Second);
    }

    /// <summary>"EvidenceSize { p = 2, k = 3 }" (the form the hunter's finding retention parses).</summary>
    public override string ToString() =>
        $"EvidenceSize {{ {string.Join(", ", Names.Zip(Values).Select(p => $"{p.First} = {p.Second.ToString(CultureInfo.InvariantCulture)}"))} }}";
}
