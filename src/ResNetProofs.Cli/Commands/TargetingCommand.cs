using System.CommandLine;
using System.Globalization;
using ResNetProofs.Cli.Options;
using ResNetProofs.Cli.Progress;
using ResNetProofs.Studies;
using ResNetProofs.Hunting.Search;
using ResNetProofs.Hunting.Session;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs targeting --theorems … [--seeds K] [--max-cases N] [--profile P] [--workers W]</c>: targeted against
/// random search side by side (<see cref="TargetingComparison"/>): per theorem and seed, the cases and seconds to the first
/// Counterexample with and without climbing, and the medians (docs/hunting.md has the numbers).
/// </summary>
public static class TargetingCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var theorems = new Option<string>("--theorems") { Description = "Theorem ids or selectors (default: planted).", DefaultValueFactory = _ => "planted" };
        var seeds = CliOptions.Count("--seeds", "Seeds 1..K per search (default 5).", 5);
        var maxCases = CliOptions.LongCount("--max-cases", "Case budget per trial (default 300).", 300);
        var profile = new Option<string>("--profile") { Description = "hunt (default) or quick.", DefaultValueFactory = _ => "hunt" };
        var workers = CliOptions.Count("--workers", "Worker threads (default: the number of cores).", Environment.ProcessorCount, max: HuntCommand.MaxWorkers);
        var command = new Command("targeting", "Measure targeted vs random search: cases and time to the first counterexample.");
        foreach (var o in new Option[] { theorems, seeds, maxCases, profile, workers })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
        {
            var ids = TheoremSelection.Resolve(parse.GetValue(theorems)!);
            int k = parse.GetValue(seeds);
            long n = parse.GetValue(maxCases);
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var inv = CultureInfo.InvariantCulture;
            long trialsAsked = (long)ids.Count * k * 2;
            stderr.WriteLine(string.Create(inv, $"targeting: {ids.Count} theorems × {k} seeds × 2 searches (targeted, random) = {trialsAsked} trials of at most {n} cases (at most {trialsAsked * n:N0} cases)"));
            stdout.WriteLine("| theorem | cases to 1st, targeted | cases to 1st, random | case-s to 1st, targeted | case-s to 1st, random | counterexamples in budget, targeted | … random | seeds with one (T / R) |");
            stdout.WriteLine("|---|---|---|---|---|---|---|---|");
            return JobProgress.Run("targeting", stderr, progress =>
            {
                for (int i = 0; i < ids.Count; i++)
                {
                    string id = ids[i];
                    var trials = TargetingComparison.Run(id, [.. Enumerable.Range(1, k).Select(j => (ulong)j)], n, HuntProfile.Named(parse.GetValue(profile)!), parse.GetValue(workers));
                    int foundT = trials.Count(t => t.Targeted && t.CasesToFirst is not null), foundR = trials.Count(t => !t.Targeted && t.CasesToFirst is not null);
                    stdout.WriteLine(string.Create(inv,
                        $"| `{id}` | {TargetingComparison.MedianCases(trials, true, n):0.#} | {TargetingComparison.MedianCases(trials, false, n):0.#} | {TargetingComparison.MedianSeconds(trials, true):G3} | {TargetingComparison.MedianSeconds(trials, false):G3} | {TargetingComparison.MedianCounterexamples(trials, true):0.#} | {TargetingComparison.MedianCounterexamples(trials, false):0.#} | {foundT}/{k} / {foundR}/{k} |"));
                    stdout.WriteLine("<!-- " + string.Join("; ", trials.Select(t => string.Create(inv, $"seed {t.Seed} {(t.Targeted ? "T" : "R")}: {(t.CasesToFirst?.ToString(inv) ?? ">" + n.ToString(inv))} cases {t.SecondsToFirst:G3} s, {t.Counterexamples} found"))) + " -->");
                    stdout.Flush();
                    progress(new StudyProgress((i + 1L) * k * 2, trialsAsked, id));
                }
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
