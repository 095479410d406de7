using ResNetProofs.Hunting.Session;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Hunting;

/// <summary>
/// SIGKILL at random moments: after each kill the store opens, no committed finding is lost or duplicated, the checkpointed
/// cases have no gaps, and --resume continues; the hunt resumed to the end equals an uninterrupted one.
/// </summary>
public sealed class HuntCrashSafetyTests
{
    private const int Budget = 320;

    /// <summary>
    /// The four planted instance statements, one planted evidence statement (its findings are generator-seed records) and a
    /// proven one: counterexamples of both record kinds are committed around the kills. (Not `planted`: its second evidence
    /// statement only doubles the shrinking time.)
    /// </summary>
    private const string Selection = "planted.every-critical-point-beats-linear,planted.first-order-certificate-without-block-term,"
        + "planted.fully-connected-local-minima-beat-linear,planted.rademacher-half-constant,planted.gulcu-width-one,shamir2018.first-order-certificate";

    [Fact]
    public void Killed_hunts_resume_without_losing_or_duplicating_findings()
    {
        using var dir = new TemporaryDirectory();
        string store = Path.Combine(dir.Path, "crash.db"), reference = Path.Combine(dir.Path, "reference.db");
        string[] hunt = ["hunt", "--theorems", Selection, "--budget", Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", "11", "--profile", "quick", "--checkpoint-every", "0.2", "--status-every", "0.1"];
        var random = new Random(20261123);
        var committed = new HashSet<string>(StringComparer.Ordinal);
        int kills = 0, progressed = 0;
        long lastNext = 0;

        for (int attempt = 0; attempt < 20 && kills < 6; attempt++)
        {
            using var started = new ManualResetEventSlim();
            using var p = CliProcess.Start([.. hunt, "--store", store, "--resume"], line =>
            {
                if (line.StartsWith('['))
                {
                    started.Set(); // a status line: this run has judged at least one round
                }
            });
            // Kill at a random moment after this run's first round (startup and round times vary a lot on a loaded machine;
            // a kill inside the first round of every run would only ever redo that round).
            started.Wait(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            Thread.Sleep(TimeSpan.FromMilliseconds(random.Next(1000)));
            if (p.HasExited)
            {
                break; // finished before the kill: the budget is spent
            }
            p.Kill(entireProcessTree: true); // SIGKILL
            p.WaitForExit();
            kills++;
            if (HuntStore.IsAbsent(store))
            {
                continue; // killed before the store was created: nothing to check yet
            }

            using var opened = HuntStore.Open(store, readOnly: true);
            var findings = opened.Findings();
            var keys = findings.Select(f => $"{f.TheoremId}|{f.Seed}|{f.CaseIndex}|{f.Phase}").ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.Empty(committed.Except(keys));
            committed.UnionWith(keys);
            var cases = opened.Cases().Select(c => c.Index).ToList();
            Assert.Equal(Enumerable.Range(0, cases.Count).Select(i => (long)i), cases);
            long next = opened.Session().NextGlobalIndex;
            Assert.Equal(cases.Count, next);
            progressed += next > lastNext ? 1 : 0;
            lastNext = next;
        }

        var last = CliProcess.Run(180, [.. hunt, "--store", store, "--resume"]);
        Assert.True(last.Code == 0, last.Err);
        HuntSession.Run(new HuntOptions
        {
            Theorems = TheoremSelection.Resolve(Selection),
            Budget = HuntBudget.ForCases(Budget),
            Seed = 11,
            Profile = HuntProfile.Quick,
            StorePath = reference,
        }, null, TestContext.Current.CancellationToken);

        Assert.True(kills >= 5, $"only {kills} kills happened");
        Assert.True(progressed >= 2, $"the hunt progressed across only {progressed} kills");
        var final = StoreContents.Findings(store);
        Assert.Equal(StoreContents.Findings(reference), final);
        Assert.Equal(StoreContents.Cases(reference), StoreContents.Cases(store));
        Assert.Equal(Budget, StoreContents.Cases(store).Count);
    }
}
