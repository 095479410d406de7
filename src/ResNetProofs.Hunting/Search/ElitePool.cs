using ResNetProofs.Cases;
namespace ResNetProofs.Hunting.Search;

/// <summary>
/// The best cases of one theorem so far, by score (descending; ties to the lower case index), at most
/// <see cref="Capacity"/>: the parents of targeted climbs. Updated only between rounds, in case-index order.
/// </summary>
public sealed class ElitePool
{
    private readonly List<PoolEntry> _entries = [];

    /// <summary>An empty pool holding at most <paramref name="capacity"/> ≥ 1 entries.</summary>
    public ElitePool(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>Most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>The entries, best first.</summary>
    public IReadOnlyList<PoolEntry> Entries => _entries;

    /// <summary>Adds <paramref name="entry"/> if the pool is not full or it beats the worst entry.</summary>
    public void Offer(PoolEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Add(entry);
        _entries.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.CaseIndex.CompareTo(b.CaseIndex));
        if (_entries.Count > Capacity)
        {
            _entries.RemoveAt(_entries.Count - 1);
        }
    }

    /// <summary>A parent drawn with a bias towards the best: rank ⌊u²·count⌋ for uniform u.</summary>
    public PoolEntry Pick(ref SplitMix64 random)
    {
        if (_entries.Count == 0)
        {
            throw new InvalidOperationException("the pool is empty: no parent to climb from");
        }
        double u = random.NextDouble();
        return _entries[Math.Min(_entries.Count - 1, (int)(u * u * _entries.Count))];
    }
}
