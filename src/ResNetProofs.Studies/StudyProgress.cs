namespace ResNetProofs.Studies;

/// <summary>Where a study stands: <paramref name="Done"/> of <paramref name="Total"/> units of work (descents or grid cells) and a line describing the last one.</summary>
/// <param name="Done">Units finished, 0 ≤ Done ≤ Total.</param>
/// <param name="Total">Units in the whole study.</param>
/// <param name="Line">What the last unit found, for a plain status line.</param>
public sealed record StudyProgress(long Done, long Total, string Line);
