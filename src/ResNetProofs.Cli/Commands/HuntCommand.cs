using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Session;
using ResNetProofs.Theorems;
using Spectre.Console;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs hunt --theorems … --budget 8h|N [--seed S] [--store PATH] [--shard K/N] [--resume] [--workers W]
/// [--no-target] [--profile hunt|quick] [--keep K]</c>: runs a <see cref="HuntSession"/>. A live Spectre.Console view when stdout is
/// a terminal, else one status line every --status-every seconds (60). Ctrl-C or SIGTERM stops cleanly after the cases in
/// flight, checkpoints and prints the summary. Exits 0, or 6 when a statement that is not planted false got a Counterexample.
/// </summary>
public static class HuntCommand
{
    /// <summary>The default store of the README's main command.</summary>
    public const string DefaultStore = "hunts/default.db";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var theorems = new Option<string?>("--theorems") { Description = "Comma-separated theorem ids, or all, open, planted, proven (required for a new hunt)." };
        var budget = new Option<string>("--budget") { Description = "A duration (30s, 5m, 8h, 1d) for this run, or a case count N (global case indices 0..N−1).", Required = true };
        var seed = new Option<ulong?>("--seed") { Description = "The hunt seed (default 1)." };
        var store = new Option<string>("--store") { Description = $"The SQLite store (default {DefaultStore}).", DefaultValueFactory = _ => DefaultStore };
        var shard = new Option<string?>("--shard") { Description = "K/N: take the case indices k with k mod N = K." };
        var resume = new Option<bool>("--resume") { Description = "Continue the hunt in --store after its last checkpoint." };
        var workers = new Option<int>("--workers") { Description = "Worker threads (default: the number of cores); results do not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var noTarget = new Option<bool>("--no-target") { Description = "Random search only (no hill-climbing from the best cases)." };
        var profile = new Option<string?>("--profile") { Description = "hunt (default) or quick (small cases, for tests)." };
        var statusEvery = new Option<double>("--status-every") { Description = "Seconds between plain status lines when stdout is not a terminal.", DefaultValueFactory = _ => 60 };
        var checkpointEvery = new Option<double>("--checkpoint-every") { Description = "Seconds between checkpoints of statistics and the resume point (default 5).", DefaultValueFactory = _ => 5 };
        var keep = new Option<int>("--keep") { Description = $"Full records kept per statement: the first K counterexamples, then only new smallest shrunk ones; the rest are counted (default {FindingRetention.DefaultKeep}).", DefaultValueFactory = _ => FindingRetention.DefaultKeep };
        var command = new Command("hunt", "Hunt for counterexamples: budgeted, resumable, sharded, targeted; findings go to an SQLite store.");
        foreach (var o in new Option[] { theorems, budget, seed, store, shard, resume, workers, noTarget, profile, statusEvery, checkpointEvery, keep })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
        {
            bool resuming = parse.GetValue(resume);
            var options = new HuntOptions
            {
                Theorems = parse.GetValue(theorems) is { } t ? TheoremSelection.Resolve(t) : null,
                Budget = HuntBudget.Parse(parse.GetRequiredValue(budget)),
                Seed = parse.GetValue(seed),
                StorePath = parse.GetValue(store),
                Resume = resuming,
                Shard = parse.GetValue(shard) is { } s ? ShardSpec.Parse(s) : null,
                Workers = parse.GetValue(workers),
                Targeting = parse.GetValue(noTarget) ? false : resuming ? null : true,
                Profile = parse.GetValue(profile) is { } p ? HuntProfile.Named(p) : null,
                CheckpointInterval = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(checkpointEvery))),
                Keep = parse.GetValue(keep),
            };
            return Execute(options, TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(statusEvery))), parse.InvocationConfiguration.Output);
        });
        return command;
    }

    /// <summary>Runs the hunt, printing progress and the summary to <paramref name="stdout"/>; returns the exit code.</summary>
    public static int Execute(HuntOptions options, TimeSpan statusEvery, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx =>
        {
            ctx.Cancel = true;
            cancel.Cancel();
        });
        try
        {
            var progress = new LatestProgress();
            bool live = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
            HuntSummary summary = live ? RunLive(options, progress, cancel.Token) : RunPlain(options, progress, statusEvery, stdout, cancel.Token);
            foreach (string line in HuntText.Summary(summary, options.StorePath))
            {
                stdout.WriteLine(line);
            }
            bool unexpected = summary.Statistics.Any(s => s.Counterexamples > 0 && TheoremCatalog.TryGet(s.TheoremId)?.Status != TheoremStatus.PlantedFalse);
            if (unexpected)
            {
                stdout.WriteLine("COUNTEREXAMPLE to a statement that is not planted false: see 'resnetproofs findings' and replay it");
            }
            return unexpected ? ExitCodes.Counterexample : ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static HuntSummary RunPlain(HuntOptions options, LatestProgress progress, TimeSpan statusEvery, TextWriter stdout, CancellationToken cancel)
    {
        stdout.WriteLine($"hunting: budget {options.Budget}, store {options.StorePath ?? "(memory)"}{(options.Resume ? " (resumed)" : "")}, {options.Workers.ToString(CultureInfo.InvariantCulture)} workers; Ctrl-C stops cleanly");
        stdout.Flush();
        var run = Task.Run(() => HuntSession.Run(options, progress, cancel));
        while (!Finished(run, statusEvery))
        {
            if (progress.Latest is { } p)
            {
                stdout.WriteLine(HuntText.Status(p));
                stdout.Flush();
            }
        }
        return run.GetAwaiter().GetResult();
    }

    private static HuntSummary RunLive(HuntOptions options, LatestProgress progress, CancellationToken cancel)
    {
        var run = Task.Run(() => HuntSession.Run(options, progress, cancel));
        AnsiConsole.Live(View(null, options)).Start(ctx =>
        {
            while (!Finished(run, TimeSpan.FromMilliseconds(500)))
            {
                ctx.UpdateTarget(View(progress.Latest, options));
            }
            ctx.UpdateTarget(View(progress.Latest, options));
        });
        return run.GetAwaiter().GetResult();
    }

    /// <summary>Waits up to <paramref name="wait"/>; true when the task has ended (a fault is rethrown later by GetResult, unwrapped).</summary>
    private static bool Finished(Task task, TimeSpan wait)
    {
        try
        {
            return task.Wait(wait);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    private static Table View(HuntProgress? p, HuntOptions options)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle(p is null ? "hunt: starting…"
            : string.Create(CultureInfo.InvariantCulture, $"hunt {p.Elapsed:hh\\:mm\\:ss} / {options.Budget}: {p.CasesThisRun} cases, {p.CasesPerSecond:0.0} cases/s, {p.Counterexamples} counterexamples (Ctrl-C stops)"));
        table.AddColumn(new TableColumn("theorem").NoWrap());
        foreach (string column in new[] { "cases", "Conf/Vac/Cex/Inc %", "counterex.", "refine fail", "climbs", "best score" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }
        foreach (var s in p?.Statistics ?? [])
        {
            table.AddRow(
                Markup.Escape(HuntText.Short(s.TheoremId)), s.Cases.ToString(CultureInfo.InvariantCulture), HuntText.Shares(s),
                s.Counterexamples > 0 ? $"[red]{s.Counterexamples.ToString(CultureInfo.InvariantCulture)}[/]" : "0",
                s.RefinementFailures.ToString(CultureInfo.InvariantCulture), s.Climbs.ToString(CultureInfo.InvariantCulture),
                s.BestScore is { } b ? b.ToString("G4", CultureInfo.InvariantCulture) : "–");
        }
        return table;
    }
}
