namespace ResNetProofs.Hunting.Studies;

/// <summary>
/// The Wilson score interval for a binomial proportion (Wilson 1927): for x successes in n trials and z the normal quantile,
/// (p̂ + z²/2n ± z√(p̂(1 − p̂)/n + z²/4n²))/(1 + z²/n), clipped to [0, 1]; valid at x = 0 and x = n, unlike the Wald interval.
/// </summary>
/// <param name="Lower">The lower end.</param>
/// <param name="Upper">The upper end.</param>
public readonly record struct WilsonScoreInterval(double Lower, double Upper)
{
    /// <summary>z = 1.959963984540054, the two-sided 95% normal quantile.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The 95% interval for <paramref name="successes"/> of <paramref name="trials"/> ([0, 1] when trials = 0).</summary>
    public static WilsonScoreInterval Of(int successes, int trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return new(0, 1);
        }
        double n = trials, p = successes / n, z2 = z * z;
        double center = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return new(Math.Max(0, center - half), Math.Min(1, center + half));
    }
}
