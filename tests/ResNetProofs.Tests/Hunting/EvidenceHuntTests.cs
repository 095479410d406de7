using ResNetProofs.Hunting.Replay;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Tests.Instances;
using ResNetProofs.Theorems;

namespace ResNetProofs.Tests.Hunting;

/// <summary>
/// One short hunt over the seven statements judged on their own evidence (Liu, Gulcu, planted), shared by the tests below:
/// it is deterministic in its seed, it stores only certified refutations of the planted statements, and those replay and
/// verify by regenerating the case from its generator seed.
/// </summary>
public sealed class EvidenceHuntTests : IClassFixture<EvidenceHuntTests.Hunt>
{
    private const string Theorems = "gulcu.jacobian-full-rank,gulcu.linear-convergence,liu2019.plain-cnn-can-fail,liu2019.shortcut-escapes,liu2019.spurious-optimum,planted.gulcu-width-one,planted.plain-cnn-always-reaches-global-optimum";

    private readonly Hunt _hunt;

    public EvidenceHuntTests(Hunt hunt) => _hunt = hunt;

    [Fact]
    public void Same_seed_gives_the_same_store_rows_with_two_workers()
    {
        string two = Path.Combine(_hunt.Directory.Path, "two.db");
        var run = Hunt.Run(two, workers: 2);

        Assert.True(run.Code == 0, run.Err);
        Assert.NotEmpty(StoreContents.Findings(_hunt.Store));
        Assert.Equal(StoreContents.Findings(_hunt.Store), StoreContents.Findings(two));
        Assert.Equal(StoreContents.Cases(_hunt.Store), StoreContents.Cases(two));
        Assert.Equal(StoreContents.Statistics(_hunt.Store), StoreContents.Statistics(two));
    }

    [Fact]
    public void Every_case_is_a_draw_without_error_and_only_planted_statements_have_findings()
    {
        using var store = HuntStore.Open(_hunt.Store, readOnly: true);

        Assert.Equal(14, store.Cases().Count);
        Assert.All(store.Cases(), c => Assert.Equal("random", c.Phase));
        Assert.All(store.Cases(), c => Assert.NotEqual("Error", c.Verdict));
        Assert.All(store.Findings(), f => Assert.Equal(TheoremStatus.PlantedFalse, TheoremCatalog.TryGet(f.TheoremId)!.Status));
    }

    [Fact]
    public void Every_planted_finding_replays_and_verifies_from_its_generator_seed()
    {
        using var store = HuntStore.Open(_hunt.Store, readOnly: true);
        var findings = store.Findings();

        Assert.Contains(findings, f => f.TheoremId == "planted.gulcu-width-one");
        Assert.Contains(findings, f => f.TheoremId == "planted.plain-cnn-always-reaches-global-optimum");
        foreach (var f in findings)
        {
            var replay = FindingReplay.Replay(f);
            var verification = CertificateVerification.Verify(f.TheoremId, f.InstanceJson, f.EvidenceJson);

            Assert.True(replay.Reproduced, $"{f.Key}: {string.Join("; ", replay.Differences)}");
            Assert.Contains(replay.Lines, l => l.Contains("replayed from the generator seed", StringComparison.Ordinal));
            Assert.True(verification.Verified, $"{f.Key}: {string.Join("; ", verification.Lines)}");
        }
    }

    [Fact]
    public void Replay_and_verify_commands_say_the_planted_gulcu_finding_was_regenerated_and_exit_0()
    {
        string id;
        using (var store = HuntStore.Open(_hunt.Store, readOnly: true))
        {
            id = store.Findings().First(f => f.TheoremId == "planted.gulcu-width-one").StableId;
        }

        var replay = CliProcess.Run(60, "replay", _hunt.Store, id);
        var verify = CliProcess.Run(60, "verify", _hunt.Store, id);

        Assert.True(replay.Code == 0, replay.Out + replay.Err);
        Assert.Contains("replayed from the generator seed, not from a stored instance: WideResidualCases.WidthOne", replay.Out, StringComparison.Ordinal);
        Assert.True(verify.Code == 0, verify.Out + verify.Err);
        Assert.Contains("VERIFIED", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_of_an_evidence_finding_exits_11_with_one_line_saying_it_has_no_instance()
    {
        string id;
        using (var store = HuntStore.Open(_hunt.Store, readOnly: true))
        {
            id = store.Findings()[0].StableId;
        }

        var run = CliProcess.Run(60, "export", _hunt.Store, id);

        Assert.Equal(11, run.Code);
        Assert.Empty(run.Out);
        Assert.Contains("has no instance to export", Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), StringComparison.Ordinal);
    }

    /// <summary>The shared hunt: 14 cases of the seven statements, seed 5, quick profile, one worker.</summary>
    public sealed class Hunt : IDisposable
    {
        public Hunt()
        {
            Store = Path.Combine(Directory.Path, "one.db");
            var run = Run(Store, workers: 1);
            Assert.True(run.Code == 0, run.Err);
        }

        public TemporaryDirectory Directory { get; } = new();

        public string Store { get; }

        public static (int Code, string Out, string Err) Run(string store, int workers) =>
            CliProcess.Run(180, "hunt", "--theorems", Theorems, "--budget", "14", "--seed", "5", "--profile", "quick", "--store", store, "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public void Dispose() => Directory.Dispose();
    }
}
