namespace ResNetProofs.Studies;

/// <summary>
/// A percentile bootstrap over clusters (teachers): each resample draws as many teachers as there are, with replacement, and pools their
/// runs, rate = Σ successes / Σ runs; the interval is the (α/2, 1 − α/2) empirical quantiles of the resampled rates (type-7
/// interpolation). Runs of one teacher stay together, so the interval widens when the outcome depends mostly on the teacher.
/// Deterministic for a given seed.
/// </summary>
public static class TeacherClusteredBootstrap
{
    /// <summary>Default number of resamples.</summary>
    public const int DefaultResamples = 2000;

    /// <summary>
    /// The 95% (default <paramref name="level"/>) percentile interval of the pooled rate over <paramref name="clusters"/>, each a
    /// (successes, runs) pair; [NaN, NaN] without a run.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">resamples &lt; 1, level outside (0, 1), or a cluster with negative counts or successes &gt; runs.</exception>
    public static RateInterval Percentile(IReadOnlyList<(int Successes, int Runs)> clusters, int seed, int resamples = DefaultResamples, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "the level must lie in (0, 1)");
        }
        foreach (var (s, r) in clusters)
        {
            if (s < 0 || r < 0 || s > r)
            {
                throw new ArgumentOutOfRangeException(nameof(clusters), $"a cluster has {s} successes of {r} runs");
            }
        }
        if (clusters.Sum(c => (long)c.Runs) == 0)
        {
            return RateInterval.None;
        }
        var rng = new Random(seed);
        var rates = new List<double>(resamples);
        int m = clusters.Count;
        while (rates.Count < resamples)
        {
            long successes = 0, runs = 0;
            for (int i = 0; i < m; i++)
            {
                var (s, r) = clusters[rng.Next(m)];
                successes += s;
                runs += r;
            }
            if (runs > 0)
            {
                rates.Add((double)successes / runs);
            }
        }
        rates.Sort();
        double alpha = 1 - level;
        return new RateInterval(Quantile(rates, alpha / 2), Quantile(rates, 1 - (alpha / 2)));
    }

    private static double Quantile(List<double> sorted, double q)
    {
        double h = (sorted.Count - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
