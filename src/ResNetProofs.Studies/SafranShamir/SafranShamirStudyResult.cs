namespace ResNetProofs.Studies;

/// <summary>Everything a Safran–Shamir study produced: its options, one row per (form, k, n), every run and every family.</summary>
/// <param name="Options">The options it ran with.</param>
/// <param name="Rows">The table, ordered by form, then k, then n.</param>
/// <param name="Runs">Every run.</param>
/// <param name="Families">Every family of non-global end points, with its certificate.</param>
public sealed record SafranShamirStudyResult(SafranShamirStudyOptions Options, IReadOnlyList<SafranShamirRow> Rows, IReadOnlyList<SafranShamirRun> Runs, IReadOnlyList<SafranShamirFamily> Families);
