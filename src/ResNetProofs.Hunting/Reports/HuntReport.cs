using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Theorems;

namespace ResNetProofs.Hunting.Reports;

/// <summary>
/// Writes a hunt's report into a directory. <c>report.md</c> opens with the answer: "No Counterexample on any proven
/// statement or open conjecture in N cases (H hours)", or the statements that got one, with their certificates and finding
/// ids. The planted false statements follow apart, as the sensitivity check ("each refuted after … cases"). Then the
/// settings, one table per group, the plots (<see cref="PlotFiles"/>, each group drawn apart), a paragraph per kept
/// Counterexample (at most <see cref="ParagraphsPerTheorem"/> per statement) and the top Inconclusive cases.
/// </summary>
public static class HuntReport
{
    /// <summary>Most counterexamples described per theorem (a planted statement can give thousands an hour).</summary>
    public const int ParagraphsPerTheorem = 10;

    /// <summary>The plot files, in the order the report shows them.</summary>
    public static IReadOnlyList<string> PlotFiles { get; } =
    [
        "verdict-shares-proven.png", "verdict-shares-planted.png", "margins-proven.png", "margins-planted.png",
        "best-score-proven.png", "best-score-planted.png", "cases-per-second.png",
    ];

    /// <summary>True when <paramref name="theoremId"/> is a planted false statement (a sensitivity check, not a claim).</summary>
    public static bool IsPlanted(string theoremId) => TheoremCatalog.TryGet(theoremId)?.Status == TheoremStatus.PlantedFalse;

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
        var proven = stats.Where(s => !IsPlanted(s.TheoremId)).ToList();
        var planted = stats.Where(s => IsPlanted(s.TheoremId)).ToList();
        var provenIds = proven.Select(s => s.TheoremId).ToHashSet(StringComparer.Ordinal);
        var plantedIds = planted.Select(s => s.TheoremId).ToHashSet(StringComparer.Ordinal);

        string Plot(int i) => Path.Combine(directory, PlotFiles[i]);
        ReportPlots.VerdictShares(proven, "Verdict shares: proven statements and open conjectures", Plot(0));
        ReportPlots.VerdictShares(planted, "Verdict shares: planted false statements (sensitivity check)", Plot(1));
        ReportPlots.Margins(cases, provenIds, "Conclusion margins: proven statements and open conjectures", Plot(2));
        ReportPlots.Margins(cases, plantedIds, "Conclusion margins: planted false statements", Plot(3));
        ReportPlots.BestScores(progress, provenIds, "Best score: proven statements and open conjectures", Plot(4));
        ReportPlots.BestScores(progress, plantedIds, "Best score: planted false statements", Plot(5));
        ReportPlots.CasesPerSecond(progress, Plot(6));

        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine("# Hunt report").AppendLine();
        AppendAnswer(md, store.Path, session.Seconds, proven, findings);
        AppendSensitivity(md, planted);
        md.AppendLine("## Settings").AppendLine();
        md.AppendLine(inv, $"- store: `{store.Path}`");
        md.AppendLine(inv, $"- seed {session.Seed}, profile `{session.Profile}`, shard {session.Shard}{(session.Merged ? " (merged)" : "")}, targeting {(session.Targeting ? "on" : "off")}");
        md.AppendLine(inv, $"- {stats.Sum(s => s.Cases)} cases in {session.Seconds:0} s of hunting; next case index {session.NextGlobalIndex}; {stats.Sum(s => s.Counterexamples)} counterexamples, {findings.Count} kept with a full record");
        md.AppendLine(inv, $"- created {session.CreatedAt}, last checkpoint {session.UpdatedAt}").AppendLine();
        AppendTable(md, "Proven statements and open conjectures", proven);
        AppendTable(md, "Planted false statements (sensitivity check)", planted);
        md.AppendLine("cases/s is per worker-second on that statement (seconds summed over workers). \"kept\" counts the counterexamples stored with a full record (the first `--keep` per statement and every new smallest shrunk one); the others are counted only.").AppendLine();
        md.AppendLine("## Plots").AppendLine();
        foreach (string plot in PlotFiles)
        {
            md.AppendLine(inv, $"![{plot}]({plot})").AppendLine();
        }
        md.AppendLine("## Counterexamples").AppendLine();
        if (findings.Count == 0)
        {
            md.AppendLine("None.").AppendLine();
        }
        var groups = findings.GroupBy(f => f.TheoremId).OrderBy(g => IsPlanted(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var g in groups)
        {
            long total = stats.FirstOrDefault(s => s.TheoremId == g.Key)?.Counterexamples ?? g.Count();
            md.AppendLine(inv, $"### `{g.Key}`: {total} counterexamples, {g.Count()} kept{(g.Count() > ParagraphsPerTheorem ? $", the first {ParagraphsPerTheorem} described (all kept: `resnetproofs findings {store.Path}`)" : "")}").AppendLine();
            foreach (var f in g.Take(ParagraphsPerTheorem))
            {
                AppendFinding(md, store.Path, f);
            }
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

    /// <summary>The certificate of a stored verdict in a few words: "certified (method)" or "not certified".</summary>
    public static string Certificate(string evidenceJson)
    {
        var node = JsonNode.Parse(evidenceJson);
        bool certified = node?["certified"]?.GetValue<bool>() == true;
        string? method = node?["certificate"]?["method"]?.GetValue<string>();
        return certified ? $"certified ({method ?? node?["rigour"]?.ToString() ?? "enclosures"})" : "not certified (floating-point evidence only)";
    }

    private static void AppendAnswer(StringBuilder md, string storePath, double seconds, List<TheoremStatistics> proven, IReadOnlyList<FindingRecord> findings)
    {
        var inv = CultureInfo.InvariantCulture;
        long n = proven.Sum(s => s.Cases);
        string hours = (seconds / 3600).ToString("0.##", inv);
        if (proven.Count == 0)
        {
            md.AppendLine(inv, $"**This hunt covered no proven statement or open conjecture** (only planted false statements; {hours} hours).").AppendLine();
            return;
        }
        var refuted = proven.Where(s => s.Counterexamples > 0).ToList();
        if (refuted.Count == 0)
        {
            md.AppendLine(inv, $"**No Counterexample on any proven statement or open conjecture in {n} cases ({hours} hours).**").AppendLine();
            md.AppendLine(inv, $"Statements covered: {string.Join(", ", proven.Select(s => $"`{s.TheoremId}` ({s.Cases} cases)"))}.").AppendLine();
            return;
        }
        md.AppendLine(inv, $"**COUNTEREXAMPLES on {refuted.Count} statement{(refuted.Count == 1 ? "" : "s")} that {(refuted.Count == 1 ? "is" : "are")} not planted false, in {n} cases ({hours} hours):**").AppendLine();
        foreach (var s in refuted)
        {
            var status = TheoremCatalog.TryGet(s.TheoremId)?.Status;
            string what = status is TheoremStatus.OpenConjecture ? "open conjecture: a candidate refutation, check it by hand" : "proven statement: a soundness bug or a wrong statement, investigate";
            md.AppendLine(inv, $"- `{s.TheoremId}` ({what}): {s.Counterexamples} counterexamples in {s.Cases} cases, the first at case index {s.FirstCounterexampleIndex}.");
            foreach (var f in findings.Where(f => f.TheoremId == s.TheoremId).Take(ParagraphsPerTheorem))
            {
                md.AppendLine(inv, $"  - id `{f.StableId}` (case {f.CaseIndex}, {f.Phase}), margin {f.Margin.ToString("G6", inv)}, {Certificate(f.EvidenceJson)}: `resnetproofs verify {storePath} {f.StableId}`, `resnetproofs replay {storePath} {f.StableId}`");
            }
        }
        md.AppendLine();
    }

    private static void AppendSensitivity(StringBuilder md, List<TheoremStatistics> planted)
    {
        if (planted.Count == 0)
        {
            return;
        }
        var inv = CultureInfo.InvariantCulture;
        var missed = planted.Where(s => s.FirstCounterexampleCase is null).ToList();
        var refuted = planted.Where(s => s.FirstCounterexampleCase is not null)
            .Select(s => $"`{s.TheoremId}` after {s.FirstCounterexampleCase}").ToList();
        md.AppendLine("Sensitivity check, reported apart: the planted false statements, where counterexamples are expected.");
        md.AppendLine(inv, $"{(missed.Count == 0 ? "Each was refuted" : refuted.Count == 0 ? "None was refuted" : "Refuted")}{(refuted.Count == 0 ? "." : " (cases of that statement judged up to its first counterexample): " + string.Join(", ", refuted) + ".")}");
        foreach (var s in missed)
        {
            md.AppendLine(inv, $"**`{s.TheoremId}` was NOT refuted in {s.Cases} cases**: the hunt did not (yet) detect this planted false statement.");
        }
        md.AppendLine();
    }

    private static void AppendTable(StringBuilder md, string title, List<TheoremStatistics> stats)
    {
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"### {title}").AppendLine();
        if (stats.Count == 0)
        {
            md.AppendLine("None in this hunt.").AppendLine();
            return;
        }
        md.AppendLine("| theorem | status | cases | cases/s | Confirmed | Vacuous | Counterexample | Inconclusive | other | refinement failures | climbs | best score | first counterexample (case #) |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in stats)
        {
            string status = TheoremCatalog.TryGet(s.TheoremId)?.Status.ToString() ?? "?";
            double rate = s.Seconds > 0 ? s.Cases / s.Seconds : 0;
            md.AppendLine(inv, $"| `{s.TheoremId}` | {status} | {s.Cases} | {rate:0.#} | {s.Confirmed} | {s.Vacuous} | {s.Counterexamples} | {s.Inconclusive} | {s.Inapplicable + s.Errors} | {s.RefinementFailures} | {s.Climbs} | {(s.BestScore is { } b ? b.ToString("G4", inv) : "–")} | {(s.FirstCounterexampleCase is { } f ? f.ToString(inv) : "–")} |");
        }
        md.AppendLine();
    }

    private static void AppendFinding(StringBuilder md, string storePath, FindingRecord f)
    {
        var inv = CultureInfo.InvariantCulture;
        var status = TheoremCatalog.TryGet(f.TheoremId)?.Status;
        string warning = status is TheoremStatus.PlantedFalse ? "planted false statement: expected"
            : status is TheoremStatus.OpenConjecture ? "OPEN CONJECTURE: a candidate refutation, check it by hand"
            : "PROVEN STATEMENT: either a soundness bug or a wrong statement, investigate";
        string explanation = JsonNode.Parse(f.EvidenceJson)?["explanation"]?.GetValue<string>() ?? "";
        md.AppendLine(inv, $"#### Finding `{f.StableId}` ({warning})").AppendLine();
        md.AppendLine(inv, $"Key `{f.Key}`, case {f.CaseIndex} ({f.Phase}{(f.Change is null ? "" : ", mutation: " + f.Change)}), margin {f.Margin.ToString("G6", inv)}, {Certificate(f.EvidenceJson)}; {explanation}. ");
        md.AppendLine(inv, $"Size {f.Size}{(f.RefinementStop is null ? ", judged at the drawn θ" : $", refined ({f.RefinementStop})")}. ");
        md.AppendLine(inv, $"Shrunk: {(f.ShrunkSize is null ? "no smaller counterexample" : $"{f.ShrunkSize}, {f.ShrunkVerdict}")} ({f.ShrinkNote ?? "not shrunk"}). ");
        md.AppendLine(inv, $"Generator: `{f.Descriptor}`. Replay: `resnetproofs replay {storePath} {f.StableId}`; verify: `resnetproofs verify {storePath} {f.StableId}`; {(EvidenceCaseJson.TryRead(f.StartJson) is null ? $"instance: `resnetproofs export {storePath} {f.StableId}`" : "no instance: replay and verify regenerate the case from its generator seed")}.").AppendLine();
    }
}
