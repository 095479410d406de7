using System.Globalization;
using ResNetProofs.Hunting.Session;
using Spectre.Console;

namespace ResNetProofs.Cli.Hunting;

/// <summary>
/// The hunt's live Spectre.Console view, laid out to fit an 80-column terminal: a two-line header (time, cases, rate,
/// counterexamples; how to stop) and one row per theorem with its id elided to <see cref="TheoremWidth"/> characters,
/// its cases, verdict shares, counterexamples and best score. Refinement failures and climbs are in the summary printed after the run.
/// </summary>
public static class HuntLiveView
{
    /// <summary>The widest line the view may draw.</summary>
    public const int MaxWidth = 80;

    /// <summary>The most characters of a theorem id shown (longer ids keep their prefix and tail, <see cref="Fit"/>).</summary>
    public const int TheoremWidth = 28;

    /// <summary>The view for <paramref name="progress"/> (null before the first report) of a hunt with <paramref name="budget"/>.</summary>
    public static Table Build(HuntProgress? progress, HuntBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle(progress is null ? "hunt: starting…"
            : string.Create(CultureInfo.InvariantCulture, $"hunt {progress.Elapsed:hh\\:mm\\:ss} of {budget}: {progress.CasesThisRun} cases, {progress.CasesPerSecond:0.0}/s, {progress.Counterexamples} cex"));
        table.Caption = new TableTitle("C/V/X/I: Confirmed/Vacuous/Counterexample/Inconclusive · Ctrl-C stops");
        table.AddColumn(new TableColumn("theorem").NoWrap());
        foreach (string column in new[] { "cases", "C/V/X/I %", "cex", "best" })
        {
            table.AddColumn(new TableColumn(column).RightAligned().NoWrap());
        }
        foreach (var s in progress?.Statistics ?? [])
        {
            table.AddRow(
                Markup.Escape(Fit(s.TheoremId, TheoremWidth)), s.Cases.ToString(CultureInfo.InvariantCulture), HuntText.Shares(s),
                s.Counterexamples > 0 ? $"[red]{s.Counterexamples.ToString(CultureInfo.InvariantCulture)}[/]" : "0",
                s.BestScore is { } b ? b.ToString("G4", CultureInfo.InvariantCulture) : "–");
        }
        return table;
    }

    /// <summary>
    /// <paramref name="id"/> in at most <paramref name="width"/> characters: unchanged when it fits, else its paper prefix
    /// (up to the first '.'), "…" and as much of its tail as fits ("planted.…-without-block-term").
    /// </summary>
    public static string Fit(string id, int width)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length <= width)
        {
            return id;
        }
        int dot = id.IndexOf('.', StringComparison.Ordinal);
        string prefix = dot >= 0 && dot + 1 < width / 2 ? id[..(dot + 1)] : "";
        return prefix + "…" + id[^(width - prefix.Length - 1)..];
    }
}
