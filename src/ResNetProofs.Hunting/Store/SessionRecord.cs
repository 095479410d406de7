using ResNetProofs.Hunting.Session;

namespace ResNetProofs.Hunting.Store;

/// <summary>The settings that fix a hunt's case sequence, and where it stands, as stored (one row per store).</summary>
/// <param name="Seed">The hunt seed S.</param>
/// <param name="Theorems">The theorem ids, ordered.</param>
/// <param name="Profile">The profile's name.</param>
/// <param name="Shard">The shard (merged stores keep the first input's N and are not resumable).</param>
/// <param name="Targeting">Whether targeted climbing is on.</param>
/// <param name="NextLocal">The shard-local number of cases checkpointed; the next case's global index is <see cref="ShardSpec.GlobalIndex"/>(NextLocal).</param>
/// <param name="Merged">True for a store made by merge (read-only for hunting).</param>
/// <param name="Seconds">Hunting seconds so far, over every run of this store.</param>
/// <param name="CreatedAt">When the store was created (UTC, ISO 8601).</param>
/// <param name="UpdatedAt">When it was last checkpointed (UTC, ISO 8601).</param>
public sealed record SessionRecord(ulong Seed, IReadOnlyList<string> Theorems, string Profile, ShardSpec Shard, bool Targeting, long NextLocal, bool Merged, double Seconds, string CreatedAt, string UpdatedAt)
{
    /// <summary>The global index of the next case to run.</summary>
    public long NextGlobalIndex => Shard.GlobalIndex(NextLocal);
}
