namespace ResNetProofs.Studies;

/// <summary>The result for one (n, H): the ratios tried in ascending order up to the first majority success, and that threshold.</summary>
/// <param name="Samples">n.</param>
/// <param name="Depth">H.</param>
/// <param name="Dimension">d.</param>
/// <param name="Attempts">The ratios tried, ascending; the last one is the threshold when there is one.</param>
public sealed record WidthStudyCell(int Samples, int Depth, int Dimension, IReadOnlyList<WidthStudyAttempt> Attempts)
{
    /// <summary>The smallest ratio of the grid at which a majority of seeds reached the target, or null when none did.</summary>
    public double? Threshold => Attempts.Count > 0 && Attempts[^1].Majority ? Attempts[^1].Ratio : null;

    /// <summary>The threshold is the first ratio tried (the grid's floor): the true threshold may lie lower, so it is clipped, not found.</summary>
    public bool ClippedAtFloor => Threshold is not null && Attempts.Count == 1;
}
