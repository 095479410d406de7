using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Hunting.Session;

/// <summary>How a run ended: why, how far, and the statistics.</summary>
/// <param name="Stop">"budget", "cancelled" or "first counterexample".</param>
/// <param name="Seed">The seed.</param>
/// <param name="Theorems">The theorems hunted.</param>
/// <param name="Shard">The shard.</param>
/// <param name="Targeting">Whether targeting was on.</param>
/// <param name="Elapsed">Wall-clock time of this run.</param>
/// <param name="CasesThisRun">Cases judged (and checkpointed) in this run.</param>
/// <param name="NextGlobalIndex">The resume point.</param>
/// <param name="FindingsAdded">Findings committed in this run.</param>
/// <param name="Statistics">Per-theorem statistics over the whole hunt.</param>
public sealed record HuntSummary(string Stop, ulong Seed, IReadOnlyList<string> Theorems, ShardSpec Shard, bool Targeting, TimeSpan Elapsed, long CasesThisRun, long NextGlobalIndex, long FindingsAdded, IReadOnlyList<TheoremStatistics> Statistics);
