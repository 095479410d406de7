using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Hunting.Session;

/// <summary>A snapshot after a round: for live views and status lines.</summary>
/// <param name="Elapsed">Time since this run started.</param>
/// <param name="CasesThisRun">Cases judged in this run.</param>
/// <param name="Statistics">Per-theorem statistics over the whole hunt (copies).</param>
/// <param name="NextGlobalIndex">The global index of the next case.</param>
public sealed record HuntProgress(TimeSpan Elapsed, long CasesThisRun, IReadOnlyList<TheoremStatistics> Statistics, long NextGlobalIndex)
{
    /// <summary>Cases per second in this run.</summary>
    public double CasesPerSecond => Elapsed.TotalSeconds > 0 ? CasesThisRun / Elapsed.TotalSeconds : 0;

    /// <summary>Counterexamples over the whole hunt.</summary>
    public long Counterexamples => Statistics.Sum(s => s.Counterexamples);
}
