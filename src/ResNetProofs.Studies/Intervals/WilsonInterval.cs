namespace ResNetProofs.Studies;

/// <summary>
/// The Wilson score interval for a binomial rate x/n: (p̂ + z²/2n ± z√(p̂(1 − p̂)/n + z²/4n²))/(1 + z²/n), clipped to [0, 1]. It treats the
/// n trials as independent, which runs sharing a teacher are not; <see cref="TeacherClusteredBootstrap"/> is the design-respecting companion.
/// </summary>
public static class WilsonInterval
{
    /// <summary>z of a two-sided 95% interval, Φ⁻¹(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The Wilson interval of <paramref name="successes"/> out of <paramref name="trials"/> at <paramref name="z"/> (default 95%); [NaN, NaN] when trials = 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, successes &gt; trials, or z not finite and &gt; 0.</exception>
    public static RateInterval Of(int successes, int trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (!(z > 0) || !double.IsFinite(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be finite and > 0");
        }
        if (trials == 0)
        {
            return RateInterval.None;
        }
        double n = trials, p = successes / n, z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return new RateInterval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
