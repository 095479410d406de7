using System.Text.RegularExpressions;
using ResNetProofs.Hunting.Replay;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Tests.Instances;
using ResNetProofs.Theorems;

namespace ResNetProofs.Tests.Hunting;

/// <summary>
/// One small hunt over the planted statements, shared by the tests below: every stored counterexample replays from its
/// record alone, and every shrunk instance is no larger and still a counterexample.
/// </summary>
public sealed partial class ReplayAndShrinkTests : IClassFixture<ReplayAndShrinkTests.PlantedHunt>
{
    private readonly PlantedHunt _hunt;

    public ReplayAndShrinkTests(PlantedHunt hunt) => _hunt = hunt;

    [Fact]
    public void Every_stored_counterexample_of_a_planted_statement_replays()
    {
        using var store = HuntStore.Open(_hunt.Store, readOnly: true);
        var findings = store.Findings();

        Assert.NotEmpty(findings);
        Assert.Contains(findings, f => f.RefinementJson is not null || f.TheoremId != "planted.rademacher-half-constant");
        foreach (var f in findings)
        {
            Assert.Equal(TheoremStatus.PlantedFalse, TheoremCatalog.TryGet(f.TheoremId)!.Status);
            var replay = FindingReplay.Replay(f);
            Assert.True(replay.Reproduced, $"finding {f.Id} ({f.TheoremId}, case {f.CaseIndex}): {string.Join("; ", replay.Differences)}");
        }
    }

    [Fact]
    public void Replay_command_exits_0_when_the_finding_reproduces()
    {
        var run = CliProcess.Run(60, "replay", _hunt.Store, "1");

        Assert.True(run.Code == 0, run.Out + run.Err);
        Assert.Contains("reproduces", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_record_file_from_show_json_replays_on_its_own()
    {
        using var dir = new TemporaryDirectory();
        var shown = CliProcess.Run(60, "show", _hunt.Store, "1", "--json");
        string record = dir.Write("finding-1.json", shown.Out);

        var run = CliProcess.Run(60, "replay", record);

        Assert.True(run.Code == 0, run.Out + run.Err);
        Assert.Contains("reproduces", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_exits_1_with_the_difference_when_the_record_was_altered()
    {
        using var dir = new TemporaryDirectory();
        string copy = Path.Combine(dir.Path, "altered.db");
        File.Copy(_hunt.Store, copy);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE findings SET evidence_json = replace(evidence_json, '\"verdict\": \"Counterexample\"', '\"verdict\": \"Confirmed\"') WHERE id = 1";
            cmd.ExecuteNonQuery();
        }

        var run = CliProcess.Run(60, "replay", copy, "1");

        Assert.Equal(1, run.Code);
        Assert.Contains("does NOT reproduce", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Shrunk_instances_are_no_larger_and_still_counterexamples()
    {
        using var store = HuntStore.Open(_hunt.Store, readOnly: true);
        var shrunk = store.Findings().Where(f => f.ShrunkSize is not null).ToList();

        Assert.NotEmpty(shrunk);
        foreach (var f in shrunk)
        {
            var before = Measures(f.Size);
            var after = Measures(f.ShrunkSize!);
            Assert.All(before.Zip(after), p => Assert.True(p.Second <= p.First, $"finding {f.Id}: {f.ShrunkSize} is larger than {f.Size} somewhere"));
            Assert.True(after.Zip(before).Any(p => p.First < p.Second), $"finding {f.Id}: the shrunk size equals the original");
            Assert.Equal("Counterexample", f.ShrunkVerdict);
            var rejudged = FindingReplay.Judge(f.TheoremId, f.ShrunkStartJson!, f.ShrunkInstanceJson!, f.RefinementJson);
            Assert.Equal(ResNetProofs.Theorems.Verdicts.VerdictKind.Counterexample, rejudged.Kind);
        }
    }

    private static int[] Measures(string size) => [.. Number().Matches(size).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Number();

    /// <summary>A hunt over the planted statements (quick profile, 96 cases), run once through the real CLI.</summary>
    public sealed class PlantedHunt : IDisposable
    {
        private readonly TemporaryDirectory _dir = new();

        public PlantedHunt()
        {
            Store = Path.Combine(_dir.Path, "planted.db");
            var run = CliProcess.Run(180, "hunt", "--theorems", "planted", "--budget", "96", "--seed", "5", "--profile", "quick", "--store", Store);
            Assert.True(run.Code == 0, run.Out + run.Err);
        }

        public string Store { get; }

        public void Dispose() => _dir.Dispose();
    }
}
