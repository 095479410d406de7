using System.Globalization;

namespace ResNetProofs.Hunting.Session;

/// <summary>Shard K of N: the case indices k with k mod N = K, so N shards cover the single-machine sequence exactly once.</summary>
/// <param name="Index">K, 0 ≤ K &lt; N.</param>
/// <param name="Count">N ≥ 1.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The whole sequence (0/1).</summary>
    public static ShardSpec Whole { get; } = new(0, 1);

    /// <summary>The global case index of this shard's <paramref name="local"/>-th case: K + local·N.</summary>
    public long GlobalIndex(long local) => Index + local * Count;

    /// <summary>How many of this shard's cases lie below the global bound <paramref name="globalBound"/>.</summary>
    public long LocalCountBelow(long globalBound) => globalBound <= Index ? 0 : (globalBound - Index + Count - 1) / Count;

    /// <summary>Parses "K/N" (e.g. "3/8"); 0 ≤ K &lt; N.</summary>
    /// <exception cref="HuntException">Malformed or out of range (<see cref="HuntError.InvalidSetting"/>).</exception>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && k < n)
        {
            return new ShardSpec(k, n);
        }
        throw new HuntException(HuntError.InvalidSetting, $"--shard '{text}' is malformed: give K/N with 0 ≤ K < N, e.g. 0/4");
    }

    /// <summary>"K/N".</summary>
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";
}
