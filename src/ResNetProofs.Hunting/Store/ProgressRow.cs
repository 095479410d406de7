namespace ResNetProofs.Hunting.Store;

/// <summary>A checkpoint's snapshot for the report's time plots.</summary>
/// <param name="Shard">The shard that wrote it ("K/N").</param>
/// <param name="ElapsedSeconds">Hunting seconds since the store was created (over all runs).</param>
/// <param name="Cases">Cases judged so far in this shard.</param>
/// <param name="Counterexamples">Counterexamples so far in this shard.</param>
/// <param name="BestScoresJson">The best score per theorem so far (JSON object).</param>
public sealed record ProgressRow(string Shard, double ElapsedSeconds, long Cases, long Counterexamples, string BestScoresJson);
