using ResNetProofs.Hunting.Search;

namespace ResNetProofs.Hunting.Store;

/// <summary>Everything a checkpoint writes in one transaction: where the hunt stands and what it has learnt.</summary>
/// <param name="NextLocal">Shard-local cases completed (the resume point).</param>
/// <param name="Seconds">Hunting seconds over all runs.</param>
/// <param name="Statistics">Per-theorem statistics (replace the stored ones).</param>
/// <param name="NewCases">Cases judged since the previous checkpoint.</param>
/// <param name="Pools">The climbing pools (replace the stored ones).</param>
/// <param name="TopInconclusive">The best Inconclusive cases per theorem (replace the stored ones).</param>
/// <param name="Progress">A progress snapshot.</param>
public sealed record HuntCheckpoint(
    long NextLocal,
    double Seconds,
    IReadOnlyCollection<TheoremStatistics> Statistics,
    IReadOnlyList<CaseRow> NewCases,
    IReadOnlyDictionary<string, ElitePool> Pools,
    IReadOnlyDictionary<string, List<InconclusiveRecord>> TopInconclusive,
    ProgressRow Progress);
