namespace ResNetProofs.Hunting.Studies;

/// <summary>
/// Settings of the gulcu.width-linear-in-n study. Defaults are sized for a few minutes on 2 cores: P = md + (H−1)m² grows like
/// H·m², so the grid stops at the first ratio where a majority of seeds succeeds, and the budget is 2000 GD steps.
/// </summary>
public sealed record WidthStudyOptions
{
    /// <summary>Sample counts n (default 8, 16, 32, 64).</summary>
    public IReadOnlyList<int> Samples { get; init; } = [8, 16, 32, 64];

    /// <summary>Depths H (default 1, 4, 16).</summary>
    public IReadOnlyList<int> Depths { get; init; } = [1, 4, 16];

    /// <summary>Width ratios m/n tried in ascending order (default 1/8, 1/4, 1/2, 1, 2, 4); m = max(1, round(ratio·n)).</summary>
    public IReadOnlyList<double> Ratios { get; init; } = [0.125, 0.25, 0.5, 1, 2, 4];

    /// <summary>Seeds per cell (default 1, 2, 3); a ratio succeeds when more than half of them reach the target.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [1, 2, 3];

    /// <summary>GD step budget T (default 2000), η = 1/λ_max(G₀).</summary>
    public int Budget { get; init; } = 2000;

    /// <summary>"Zero loss": L ≤ 1e−8.</summary>
    public double TargetLoss { get; init; } = 1e-8;

    /// <summary>Input dimension d, or null for d = n (default: spreads the data so λ₀ does not shrink with n).</summary>
    public int? Dimension { get; init; }

    /// <summary>c_res (default 0.5).</summary>
    public double ResidualScale { get; init; } = 0.5;

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    /// <exception cref="ArgumentException">An empty list, a non-positive entry, or an out-of-range scalar.</exception>
    public void Validate()
    {
        if (Samples.Count == 0 || Samples.Any(n => n < 1))
        {
            throw new ArgumentException($"Samples must be non-empty and ≥ 1: [{string.Join(", ", Samples)}]", nameof(Samples));
        }
        if (Depths.Count == 0 || Depths.Any(h => h < 1))
        {
            throw new ArgumentException($"Depths must be non-empty and ≥ 1: [{string.Join(", ", Depths)}]", nameof(Depths));
        }
        if (Ratios.Count == 0 || Ratios.Any(r => !(r > 0 && double.IsFinite(r))))
        {
            throw new ArgumentException($"Ratios must be non-empty, finite and > 0: [{string.Join(", ", Ratios)}]", nameof(Ratios));
        }
        if (Seeds.Count == 0)
        {
            throw new ArgumentException("Seeds must be non-empty", nameof(Seeds));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(Budget);
        if (Dimension is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Dimension), Dimension, "Dimension must be ≥ 1 (or null for d = n)");
        }
        if (!(ResidualScale > 0 && ResidualScale < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ResidualScale), ResidualScale, "c_res must lie in (0, 1)");
        }
    }
}
