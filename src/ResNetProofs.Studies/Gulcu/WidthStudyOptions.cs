namespace ResNetProofs.Studies;

/// <summary>
/// Settings of the gulcu.width-linear-in-n study. Defaults (10 seeds, 9 ratios from 1/64) are sized for tens of minutes on 2 cores at the default grid: P = md + (H−1)m² grows like
/// H·m², so the grid stops at the first ratio where a majority of seeds succeeds, and the budget is 2000 GD steps.
/// </summary>
public sealed record WidthStudyOptions
{
    /// <summary>The largest sample count n (documented limit: at m/n = 16 the widest block holds 16n·d parameters).</summary>
    public const int MaxSamples = 512;

    /// <summary>The largest depth H.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest width ratio m/n.</summary>
    public const double MaxRatio = 16;

    /// <summary>The largest input dimension d.</summary>
    public const int MaxDimension = 4096;

    /// <summary>The largest parameter count P any grid point may have (10⁷: θ, its gradient and the descent's copies stay well below a gigabyte each).</summary>
    public const long MaxParameterCount = 10_000_000;

    /// <summary>The largest gradient-descent step budget.</summary>
    public const int MaxBudget = 1_000_000;

    /// <summary>Sample counts n (default 8, 16, 32, 64).</summary>
    public IReadOnlyList<int> Samples { get; init; } = [8, 16, 32, 64];

    /// <summary>Depths H (default 1, 4, 16).</summary>
    public IReadOnlyList<int> Depths { get; init; } = [1, 4, 16];

    /// <summary>
    /// Width ratios m/n tried in ascending order (default 1/64, 1/32, 1/16, 1/8, 1/4, 1/2, 1, 2, 4: below 1/8, so a threshold is found
    /// rather than clipped at the grid's floor); m = max(1, round(ratio·n)).
    /// </summary>
    public IReadOnlyList<double> Ratios { get; init; } = [1.0 / 64, 1.0 / 32, 1.0 / 16, 0.125, 0.25, 0.5, 1, 2, 4];

    /// <summary>Seeds per cell (default 1, …, 10); a ratio succeeds when more than half of them reach the target.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    /// <summary>GD step budget T (default 2000), η = 1/λ_max(G₀).</summary>
    public int Budget { get; init; } = 2000;

    /// <summary>"Zero loss": L ≤ 1e−8.</summary>
    public double TargetLoss { get; init; } = 1e-8;

    /// <summary>Input dimension d, or null for d = n (default: spreads the data so λ₀ does not shrink with n).</summary>
    public int? Dimension { get; init; }

    /// <summary>c_res (default 0.5).</summary>
    public double ResidualScale { get; init; } = 0.5;

    /// <summary>Grid cells (n, H): the progress unit of the study.</summary>
    public long Cells => (long)Samples.Count * Depths.Count;

    /// <summary>An upper bound on the descents: every cell tries every ratio with every seed (it stops at the first ratio a majority passes).</summary>
    public long MaxDescents => Cells * Ratios.Count * Seeds.Count;

    /// <summary>An upper bound on the gradient steps: <see cref="MaxDescents"/> × <see cref="Budget"/>.</summary>
    public long MaxGradientSteps => MaxDescents * Budget;

    /// <summary>The largest parameter count P = m·d + (H−1)·m² over the grid (m = max(1, round(ratio·n)), d = <see cref="Dimension"/> or n).</summary>
    public long MaxParameters => Samples.Max(n => Depths.Max(h => Ratios.Max(r =>
    {
        long m = Math.Max(1, (long)Math.Round(r * n));
        return (m * (Dimension ?? n)) + ((h - 1) * m * m);
    })));

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    /// <exception cref="ArgumentException">An empty list, a non-positive entry, or an out-of-range scalar.</exception>
    public void Validate()
    {
        if (Samples.Count == 0 || Samples.Any(n => n < 1 || n > MaxSamples))
        {
            throw new ArgumentException($"Samples must be non-empty and in [1, {MaxSamples}]: [{string.Join(", ", Samples)}]", nameof(Samples));
        }
        if (Depths.Count == 0 || Depths.Any(h => h < 1 || h > MaxDepth))
        {
            throw new ArgumentException($"Depths must be non-empty and in [1, {MaxDepth}]: [{string.Join(", ", Depths)}]", nameof(Depths));
        }
        if (Ratios.Count == 0 || Ratios.Any(r => !(r > 0 && r <= MaxRatio)))
        {
            throw new ArgumentException($"Ratios must be non-empty and in (0, {MaxRatio}]: [{string.Join(", ", Ratios)}]", nameof(Ratios));
        }
        if (Seeds.Count == 0)
        {
            throw new ArgumentException("Seeds must be non-empty", nameof(Seeds));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(Budget);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Budget, MaxBudget);
        if (Dimension is < 1 or > MaxDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(Dimension), Dimension, $"Dimension must be in [1, {MaxDimension}] (or null for d = n)");
        }
        if (MaxParameters > MaxParameterCount)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the largest grid point has P = {MaxParameters:N0} parameters (P = m·d + (H−1)·m²), above the limit {MaxParameterCount:N0}: use smaller --n, --depths, --ratios or --dim"));
        }
        if (!(ResidualScale > 0 && ResidualScale < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ResidualScale), ResidualScale, "c_res must lie in (0, 1)");
        }
    }
}
