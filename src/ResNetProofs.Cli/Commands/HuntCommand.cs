using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using ResNetProofs.Cli.Hunting;
using ResNetProofs.Cli.Options;
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

    /// <summary>The most worker threads --workers takes.</summary>
    public const int MaxWorkers = 1024;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var theorems = new Option<string?>("--theorems") { Description = "Comma-separated theorem ids, or all (every catalogue id: the instance-based statements and the Liu, Gulcu and planted ones judged on their own evidence, which are drawn only, never climbed), open, planted, proven (required for a new hunt)." };
        var budget = CliOptions.Budget("--budget", "A duration (30s, 5m, 8h, 1d) for this run, or a case count N (global case indices 0..N−1).");
        budget.Required = true;
        var seed = CliOptions.Seed64("--seed", "The hunt seed (default 1).");
        var store = new Option<string>("--store") { Description = $"The SQLite store (default {DefaultStore}).", DefaultValueFactory = _ => DefaultStore };
        var shard = CliOptions.Shard("--shard", "K/N: take the case indices k with k mod N = K.");
        var resume = new Option<bool>("--resume") { Description = "Continue the hunt in --store after its last checkpoint." };
        var workers = CliOptions.Count("--workers", "Worker threads (default: the number of cores); results do not depend on it.", Environment.ProcessorCount, max: MaxWorkers);
        var noTarget = new Option<bool>("--no-target") { Description = "Random search only (no hill-climbing from the best cases)." };
        var profile = new Option<string?>("--profile") { Description = "hunt (default) or quick (small cases, for tests)." };
        var statusEvery = CliOptions.Seconds("--status-every", "Seconds between plain status lines when stdout is not a terminal.", 60);
        var checkpointEvery = CliOptions.Seconds("--checkpoint-every", "Seconds between checkpoints of statistics and the resume point (default 5).", 5);
        var keep = CliOptions.Count("--keep", $"Full records kept per statement: the first K counterexamples, then only new smallest shrunk ones; the rest are counted (default {FindingRetention.DefaultKeep}).", FindingRetention.DefaultKeep, min: 0);
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
                Budget = parse.GetRequiredValue(budget),
                Seed = parse.GetValue(seed),
                StorePath = parse.GetValue(store),
                Resume = resuming,
                Shard = parse.GetValue(shard),
                Workers = parse.GetValue(workers),
                Targeting = parse.GetValue(noTarget) ? false : resuming ? null : true,
                Profile = parse.GetValue(profile) is { } p ? HuntProfile.Named(p) : null,
                CheckpointInterval = TimeSpan.FromSeconds(parse.GetValue(checkpointEvery)),
                Keep = parse.GetValue(keep),
            };
            // Status lines at most ten a second, however small a positive --status-every.
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
        stdout.WriteLine(HuntText.Banner(options));
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
        AnsiConsole.Live(HuntLiveView.Build(null, options.Budget)).Start(ctx =>
        {
            while (!Finished(run, TimeSpan.FromMilliseconds(500)))
            {
                ctx.UpdateTarget(HuntLiveView.Build(progress.Latest, options.Budget));
            }
            ctx.UpdateTarget(HuntLiveView.Build(progress.Latest, options.Budget));
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
}
