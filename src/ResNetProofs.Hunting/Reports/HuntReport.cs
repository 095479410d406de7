using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Theorems;

namespace ResNetProofs.Hunting.Reports;

/// <summary>
/// Writes a hunt's report into a directory: <c>report.md</c> (settings, per-theorem table, a paragraph per Counterexample
/// (at most <see cref="ParagraphsPerTheorem"/> per theorem) and per top Inconclusive case) and four PNG plots drawn with ScottPlot (verdict shares per theorem, cases per second
/// over time, best score over time, histogram of conclusion margins).
/// </summary>
public static class HuntReport
{
    /// <summary>Most counterexamples described per theorem (a planted statement can give thousands an hour).</summary>
    public const int ParagraphsPerTheorem = 10;

    /// <summary>The plot files, in the order the report shows them.</summary>
    public static IReadOnlyList<string> PlotFiles { get; } = ["verdict-shares.png", "cases-per-second.png", "best-score.png", "margins.png"];

    /// <summary>Writes the report of <paramref name="store"/> into <paramref name="directory"/> (created if missing); returns the Markdown file's path.</summary>
    public static string Write(HuntStore store, string directory)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var session = store.Session();
        var stats = store.Statistics();
        var cases = store.Cases();
        var progress = store.Progress();
        var findings = store.Findings();
        var inconclusive = store.Inconclusive();

        ReportPlots.VerdictShares(stats, Path.Combine(directory, PlotFiles[0]));
        ReportPlots.CasesPerSecond(progress, Path.Combine(directory, PlotFiles[1]));
        ReportPlots.BestScores(progress, Path.Combine(directory, PlotFiles[2]));
        ReportPlots.Margins(cases, Path.Combine(directory, PlotFiles[3]));

        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine("# Hunt report").AppendLine();
        md.AppendLine(inv, $"- store: `{store.Path}`");
        md.AppendLine(inv, $"- seed {session.Seed}, profile `{session.Profile}`, shard {session.Shard}{(session.Merged ? " (merged)" : "")}, targeting {(session.Targeting ? "on" : "off")}");
        md.AppendLine(inv, $"- {stats.Sum(s => s.Cases)} cases in {session.Seconds:0} s of hunting; next case index {session.NextGlobalIndex}; {findings.Count} findings");
        md.AppendLine(inv, $"- created {session.CreatedAt}, last checkpoint {session.UpdatedAt}").AppendLine();
        md.AppendLine("| theorem | status | cases | cases/s | Confirmed | Vacuous | Counterexample | Inconclusive | other | refinement failures | climbs | best score | first counterexample (case #) |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in stats)
        {
            string status = TheoremCatalog.TryGet(s.TheoremId)?.Status.ToString() ?? "?";
            double rate = s.Seconds > 0 ? s.Cases / s.Seconds : 0;
            md.AppendLine(inv, $"| `{s.TheoremId}` | {status} | {s.Cases} | {rate:0.#} | {s.Confirmed} | {s.Vacuous} | {s.Counterexamples} | {s.Inconclusive} | {s.Inapplicable + s.Errors} | {s.RefinementFailures} | {s.Climbs} | {(s.BestScore is { } b ? b.ToString("G4", inv) : "–")} | {(s.FirstCounterexampleCase is { } f ? f.ToString(inv) : "–")} |");
        }
        md.AppendLine().AppendLine("cases/s is per worker-second on that theorem (seconds summed over workers).").AppendLine();
        foreach (string plot in PlotFiles)
        {
            md.AppendLine(inv, $"![{plot}]({plot})").AppendLine();
        }
        md.AppendLine("## Counterexamples").AppendLine();
        if (findings.Count == 0)
        {
            md.AppendLine("None.").AppendLine();
        }
        var shown = findings.GroupBy(f => f.TheoremId).SelectMany(g => g.Take(ParagraphsPerTheorem)).OrderBy(f => f.Id).ToList();
        foreach (var g in findings.GroupBy(f => f.TheoremId).Where(g => g.Count() > ParagraphsPerTheorem))
        {
            md.AppendLine(inv, $"`{g.Key}`: {g.Count()} counterexamples; the first {ParagraphsPerTheorem} are described below (all: `resnetproofs findings {store.Path}`).").AppendLine();
        }
        foreach (var f in shown)
        {
            var status = TheoremCatalog.TryGet(f.TheoremId)?.Status;
            string warning = status is TheoremStatus.PlantedFalse ? "planted false statement: expected"
                : status is TheoremStatus.OpenConjecture ? "OPEN CONJECTURE: a candidate refutation, check it by hand"
                : "PROVEN STATEMENT: either a soundness bug or a wrong statement, investigate";
            string explanation = JsonNode.Parse(f.EvidenceJson)?["explanation"]?.GetValue<string>() ?? "";
            md.AppendLine(inv, $"### Finding {f.Id}: `{f.TheoremId}` ({warning})").AppendLine();
            md.AppendLine(inv, $"Case {f.CaseIndex} ({f.Phase}{(f.Change is null ? "" : ", mutation: " + f.Change)}), margin {f.Margin.ToString("G6", inv)}; {explanation}. ");
            md.AppendLine(inv, $"Size {f.Size}{(f.RefinementStop is null ? ", judged at the drawn θ" : $", refined ({f.RefinementStop})")}. ");
            md.AppendLine(inv, $"Shrunk: {(f.ShrunkSize is null ? "no smaller counterexample" : $"{f.ShrunkSize}, {f.ShrunkVerdict}")} ({f.ShrinkNote ?? "not shrunk"}). ");
            md.AppendLine(inv, $"Generator: `{f.Descriptor}`. Replay: `resnetproofs replay {store.Path} {f.Id}`; instance: `resnetproofs export {store.Path} {f.Id}`.").AppendLine();
        }
        md.AppendLine("## Top Inconclusive cases").AppendLine();
        if (inconclusive.Count == 0)
        {
            md.AppendLine("None.").AppendLine();
        }
        foreach (var i in inconclusive)
        {
            md.AppendLine(inv, $"- `{i.TheoremId}` case {i.CaseIndex} ({i.Phase}), score {i.Score.ToString("G6", inv)}: {i.Explanation}. Generator: `{i.Descriptor}`.");
        }
        string file = Path.Combine(directory, "report.md");
        File.WriteAllText(file, md.ToString());
        return file;
    }
}
