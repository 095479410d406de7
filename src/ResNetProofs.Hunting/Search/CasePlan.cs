using ResNetProofs.Cases;
namespace ResNetProofs.Hunting.Search;

/// <summary>What case <see cref="Index"/> will be, fixed before the round runs: its theorem, size, and (for a climb) its parent and mutation stream.</summary>
/// <param name="Index">The global case index.</param>
/// <param name="TheoremId">The theorem attacked.</param>
/// <param name="Size">The FsCheck size of a random case.</param>
/// <param name="Parent">The climbing parent, or null for a random case.</param>
/// <param name="Mutation">The stream the mutation draws from (used only for a climb).</param>
public sealed record CasePlan(long Index, string TheoremId, int Size, PoolEntry? Parent, SplitMix64 Mutation)
{
    /// <summary>"climb" for a targeted step, "random" otherwise.</summary>
    public string Phase => Parent is null ? "random" : "climb";
}
