using ResNetProofs.Hunting.Session;

namespace ResNetProofs.Hunting.Search;

/// <summary>
/// Targeted against random search, side by side: for each seed, two in-memory hunts of one theorem (climbing on and off)
/// over <c>maxCases</c> cases; the cases and case-seconds to the first Counterexample, and the number found, with medians.
/// A trial without a Counterexample counts as maxCases + 1 cases in the median (censored).
/// </summary>
public static class TargetingComparison
{
    /// <summary>Runs both searches for every seed (no shrinking, no store).</summary>
    public static IReadOnlyList<TargetingTrial> Run(string theoremId, IReadOnlyList<ulong> seeds, long maxCases, HuntProfile profile, int workers)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(profile);
        var trials = new List<TargetingTrial>();
        foreach (ulong seed in seeds)
        {
            foreach (bool targeted in (bool[])[true, false])
            {
                var summary = HuntSession.Run(new HuntOptions
                {
                    Theorems = [theoremId],
                    Budget = HuntBudget.ForCases(maxCases),
                    Seed = seed,
                    Profile = profile,
                    Workers = workers,
                    Targeting = targeted,
                    Shrink = false,
                });
                var s = summary.Statistics.Single();
                trials.Add(new TargetingTrial(seed, targeted, s.FirstCounterexampleCase, s.FirstCounterexampleSeconds ?? s.Seconds, s.Counterexamples));
            }
        }
        return trials;
    }

    /// <summary>The median cases to the first Counterexample among <paramref name="trials"/> with <paramref name="targeted"/> (censored at maxCases + 1).</summary>
    public static double MedianCases(IEnumerable<TargetingTrial> trials, bool targeted, long maxCases) =>
        Median(trials.Where(t => t.Targeted == targeted).Select(t => (double)(t.CasesToFirst ?? maxCases + 1)));

    /// <summary>The median number of Counterexamples within the budget among <paramref name="trials"/> with <paramref name="targeted"/>.</summary>
    public static double MedianCounterexamples(IEnumerable<TargetingTrial> trials, bool targeted) =>
        Median(trials.Where(t => t.Targeted == targeted).Select(t => (double)t.Counterexamples));

    /// <summary>The median case-seconds to the first Counterexample among <paramref name="trials"/> with <paramref name="targeted"/>.</summary>
    public static double MedianSeconds(IEnumerable<TargetingTrial> trials, bool targeted) =>
        Median(trials.Where(t => t.Targeted == targeted).Select(t => t.SecondsToFirst));

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : 0.5 * (v[v.Length / 2 - 1] + v[v.Length / 2]);
    }
}
