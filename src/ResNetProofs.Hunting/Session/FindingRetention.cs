using System.Globalization;
using System.Text.RegularExpressions;
using ResNetProofs.Generators;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Hunting.Session;

/// <summary>
/// Which Counterexamples keep a full record (evidence and instance JSON) in the store: per statement, the first
/// <see cref="Keep"/> by case index, and after them every one whose shrunk case is a new smallest: its
/// <see cref="Weight(CaseSize)"/> is strictly below that of every record kept so far for the statement. The rest are
/// counted in the statistics and the case table only. Decided in case-index order, so the kept set does not depend on
/// the number of workers or on interruptions.
/// </summary>
public sealed class FindingRetention
{
    /// <summary>The default <see cref="Keep"/> (<c>hunt --keep</c>).</summary>
    public const int DefaultKeep = 20;

    private readonly Dictionary<string, int> _smallest = new(StringComparer.Ordinal);

    /// <summary>A retention keeping the first <paramref name="keep"/> per statement, seeded with the records <paramref name="stored"/> already holds.</summary>
    public FindingRetention(int keep, IEnumerable<FindingRecord> stored)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        ArgumentNullException.ThrowIfNull(stored);
        Keep = keep;
        foreach (var f in stored)
        {
            Note(f.TheoremId, Weight(f.ShrunkSize ?? f.Size));
        }
    }

    /// <summary>Full records kept per statement before only new smallest ones are.</summary>
    public int Keep { get; }

    /// <summary>
    /// The size of a counterexample for "smallest": n + d + L + Σn_l + Σm_l + inner depth + decimals, the sum of the
    /// measures a shrink step lowers (<see cref="CaseSize"/>).
    /// </summary>
    public static int Weight(CaseSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return size.Samples + size.Dimension + size.Blocks + size.TotalWidth + size.TotalProjection + size.InnerDepth + size.Decimals;
    }

    /// <summary>The <see cref="Weight(CaseSize)"/> of a stored size text (<c>CaseSize { Samples = 2, … }</c>): the sum of its numbers.</summary>
    public static int Weight(string sizeText)
    {
        ArgumentNullException.ThrowIfNull(sizeText);
        return Regex.Matches(sizeText, "= (\\d+)").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// True when the Counterexample of <paramref name="theoremId"/> that had <paramref name="counterexamplesBefore"/>
    /// Counterexamples of its statement before it (by case index), and whose shrunk case (or the case, if not shrunk) is
    /// <paramref name="size"/>, keeps a full record; a kept one becomes the statement's smallest when it is.
    /// </summary>
    public bool Keeps(string theoremId, long counterexamplesBefore, CaseSize size) => Keeps(theoremId, counterexamplesBefore, Weight(size));

    /// <summary>As <see cref="Keeps(string, long, CaseSize)"/>, for a case whose weight is given (an evidence case: <see cref="Cases.EvidenceSize.Weight"/>).</summary>
    public bool Keeps(string theoremId, long counterexamplesBefore, int weight)
    {
        ArgumentNullException.ThrowIfNull(theoremId);
        bool keep = counterexamplesBefore < Keep || !_smallest.TryGetValue(theoremId, out int smallest) || weight < smallest;
        if (keep)
        {
            Note(theoremId, weight);
        }
        return keep;
    }

    private void Note(string theoremId, int weight)
    {
        if (!_smallest.TryGetValue(theoremId, out int smallest) || weight < smallest)
        {
            _smallest[theoremId] = weight;
        }
    }
}
