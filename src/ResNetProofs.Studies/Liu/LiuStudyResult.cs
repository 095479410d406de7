namespace ResNetProofs.Studies;

/// <summary>The outcome of <see cref="LiuStudy.Run"/>: its options, the table rows and every run.</summary>
/// <param name="Options">The settings used.</param>
/// <param name="Rows">Table rows: shortcut (all, then split by g₀ &gt; 0 and ≤ 0, then by 1ᵀa* &gt; 0 and ≤ 0), plain weight-normalised, plain.</param>
/// <param name="Runs">Every run, in the order made.</param>
public sealed record LiuStudyResult(LiuStudyOptions Options, IReadOnlyList<LiuStudyRow> Rows, IReadOnlyList<LiuStudyRun> Runs);
