namespace ResNetProofs.Generators;

/// <summary>
/// Upper bounds on the shapes the generators draw; each is reached at FsCheck size 100 and scales down linearly with the
/// size (at size 0 the lower bound is drawn). Defaults are small so a Newton refinement stays in milliseconds.
/// </summary>
public sealed record GeneratorLimits
{
    /// <summary>The defaults below.</summary>
    public static GeneratorLimits Default { get; } = new();

    /// <summary>Largest input dimension d (≥ 2). Default 5.</summary>
    public int MaxDimension { get; init; } = 5;

    /// <summary>Smallest number of samples n (≥ 2, ≤ <see cref="MaxSamples"/>) of a non-degenerate dataset; shrinking may go lower. Default 2.</summary>
    public int MinSamples { get; init; } = 2;

    /// <summary>Largest number of samples n (≥ 2). Default 12.</summary>
    public int MaxSamples { get; init; } = 12;

    /// <summary>Largest number of residual blocks L (≥ 2). Default 3.</summary>
    public int MaxBlocks { get; init; } = 3;

    /// <summary>Largest block width n_l, projection width m_l or hidden width k (≥ 1). Default 4.</summary>
    public int MaxWidth { get; init; } = 4;

    /// <summary>Largest inner depth (hidden layers of φ^l or F), ≥ 1. Default 2.</summary>
    public int MaxInnerDepth { get; init; } = 2;

    /// <summary>
    /// One dataset in this many is degenerate (a case of <see cref="DegenerateCase"/> drawn uniformly among those applicable);
    /// 0 means never. Default 8.
    /// </summary>
    public int DegenerateOneIn { get; init; } = 8;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first limit out of range.</summary>
    public void Validate()
    {
        Require(MaxDimension >= 2, nameof(MaxDimension), MaxDimension, "≥ 2");
        Require(MaxSamples >= 2, nameof(MaxSamples), MaxSamples, "≥ 2");
        Require(MinSamples >= 2 && MinSamples <= MaxSamples, nameof(MinSamples), MinSamples, "in [2, MaxSamples]");
        Require(MaxBlocks >= 2, nameof(MaxBlocks), MaxBlocks, "≥ 2");
        Require(MaxWidth >= 1, nameof(MaxWidth), MaxWidth, "≥ 1");
        Require(MaxInnerDepth >= 1, nameof(MaxInnerDepth), MaxInnerDepth, "≥ 1");
        Require(DegenerateOneIn >= 0, nameof(DegenerateOneIn), DegenerateOneIn, "≥ 0");
    }

    private static void Require(bool ok, string name, int value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException("limits", value, $"limits.{name} is {value}: it must be {rule}");
        }
    }
}
