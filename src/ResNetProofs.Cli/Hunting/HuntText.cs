using System.Globalization;
using ResNetProofs.Hunting.Session;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Cli.Hunting;

/// <summary>Plain-text lines of the hunt command: the status line and the summary.</summary>
public static class HuntText
{
    /// <summary>One status line: elapsed, cases, rate, counterexamples, best score per theorem that has one.</summary>
    public static string Status(HuntProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{p.Elapsed:hh\\:mm\\:ss}] {p.CasesThisRun} cases ({p.CasesPerSecond:0.0}/s), next index {p.NextGlobalIndex}, {p.Counterexamples} counterexamples; ")
            + string.Join(", ", p.Statistics.Select(s => $"{Short(s.TheoremId)} {s.Cases}:{Shares(s)}"));
    }

    /// <summary>
    /// The first line of a plain run: budget, store and whether it is resumed, and workers. "(resumed)" only when --resume
    /// finds a store file to continue; --resume on a missing store starts it and says "(new)".
    /// </summary>
    public static string Banner(HuntOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string state = options.StorePath is null ? "" : options.Resume && File.Exists(options.StorePath) ? " (resumed)" : " (new)";
        return $"hunting: budget {options.Budget}, store {options.StorePath ?? "(memory)"}{state}, {options.Workers.ToString(CultureInfo.InvariantCulture)} workers; Ctrl-C stops cleanly";
    }

    /// <summary>The summary after the run: why it stopped, then one line per theorem.</summary>
    public static IEnumerable<string> Summary(HuntSummary s, string? store)
    {
        ArgumentNullException.ThrowIfNull(s);
        yield return string.Create(CultureInfo.InvariantCulture,
            $"hunt stopped ({s.Stop}) after {s.Elapsed.TotalSeconds:0.0} s: {s.CasesThisRun} cases this run, next case index {s.NextGlobalIndex}, {s.FindingsAdded} counterexample records kept (the first --keep per statement and new smallest ones; every counterexample is counted below); seed {s.Seed}, shard {s.Shard}, targeting {(s.Targeting ? "on" : "off")}{(store is null ? "" : $", store {store}")}");
        foreach (var t in s.Statistics)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"  {t.TheoremId}: {t.Cases} cases, Confirmed {t.Confirmed}, Vacuous {t.Vacuous}, Counterexample {t.Counterexamples}, Inconclusive {t.Inconclusive}, inapplicable {t.Inapplicable}, errors {t.Errors}, refinement failures {t.RefinementFailures}, climbs {t.Climbs}, best score {(t.BestScore is { } b ? b.ToString("G4", CultureInfo.InvariantCulture) : "–")}");
        }
    }

    /// <summary>"C/V/X/I" verdict shares in percent.</summary>
    public static string Shares(TheoremStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        double n = Math.Max(1, s.Cases);
        return string.Create(CultureInfo.InvariantCulture, $"{100 * s.Confirmed / n:0}/{100 * s.Vacuous / n:0}/{100 * s.Counterexamples / n:0}/{100 * s.Inconclusive / n:0}%");
    }

    /// <summary>The theorem id without its paper prefix when long.</summary>
    public static string Short(string id) => id.Length > 36 ? id[..35] + "…" : id;
}
