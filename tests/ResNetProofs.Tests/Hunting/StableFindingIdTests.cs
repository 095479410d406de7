using ResNetProofs.Cli;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Hunting;

/// <summary>
/// A finding's id is derived from (theorem, seed, case index, phase), not from the row a store gave it: the same findings
/// get the same ids with 1 and 2 workers and in a hunt interrupted and resumed, and show, export, replay and verify take it.
/// </summary>
public sealed class StableFindingIdTests
{
    private static readonly string[] Hunt = ["hunt", "--theorems", "planted,shamir2018.first-order-certificate", "--seed", "7", "--profile", "quick"];

    [Fact]
    public void Same_findings_get_the_same_ids_with_one_and_two_workers_and_after_a_resume()
    {
        using var dir = new TemporaryDirectory();
        string one = Path.Combine(dir.Path, "one.db"), two = Path.Combine(dir.Path, "two.db"), resumed = Path.Combine(dir.Path, "resumed.db");

        var a = CliProcess.Run(120, [.. Hunt, "--budget", "48", "--store", one, "--workers", "1"]);
        var b = CliProcess.Run(120, [.. Hunt, "--budget", "48", "--store", two, "--workers", "2"]);
        var c1 = CliProcess.Run(120, [.. Hunt, "--budget", "21", "--store", resumed, "--workers", "2"]);
        var c2 = CliProcess.Run(120, [.. Hunt, "--budget", "48", "--store", resumed, "--workers", "1", "--resume"]);

        Assert.All(new[] { a, b, c1, c2 }, r => Assert.True(r.Code == 0, r.Err));
        var ids = ListedIds(one);
        Assert.True(ids.Count >= 5, $"only {ids.Count} findings");
        Assert.Equal(ids, ListedIds(two));
        Assert.Equal(ids, ListedIds(resumed));
    }

    [Fact]
    public void An_id_is_the_hash_of_theorem_seed_case_and_phase()
    {
        // SHA-256("planted.rademacher-half-constant/7/12/random"), first 10 hex digits, computed independently with sha256sum.
        Assert.Equal("planted.rademacher-half-constant/7/12/random", FindingId.Key("planted.rademacher-half-constant", 7, 12, "random"));
        Assert.Equal("1b9813d9d3", FindingId.Of("planted.rademacher-half-constant", 7, 12, "random"));
    }

    [Fact]
    public void Show_export_replay_and_verify_accept_the_stable_id_the_key_and_the_row_number()
    {
        using var dir = new TemporaryDirectory();
        string store = Path.Combine(dir.Path, "ids.db");
        Assert.Equal(0, CliProcess.Run(120, [.. Hunt, "--budget", "16", "--store", store]).Code);
        FindingRecord first;
        using (var opened = HuntStore.Open(store, readOnly: true))
        {
            first = opened.Findings()[0];
        }

        foreach (string id in new[] { first.StableId, first.Key, "1" })
        {
            var show = CliProcess.Run(60, "show", store, id);
            Assert.True(show.Code == ExitCodes.Success, show.Err);
            Assert.StartsWith($"finding {first.StableId}: {first.TheoremId}", show.Out, StringComparison.Ordinal);
            var export = CliProcess.Run(60, "export", store, id);
            Assert.Equal(first.InstanceJson, export.Out);
            var replay = CliProcess.Run(60, "replay", store, id);
            Assert.True(replay.Code == ExitCodes.Success, replay.Out + replay.Err);
            Assert.Contains($"finding {first.StableId} of {first.TheoremId} reproduces", replay.Out, StringComparison.Ordinal);
            var verify = CliProcess.Run(60, "verify", store, id);
            Assert.True(verify.Code is ExitCodes.Success or ExitCodes.NotReproduced, verify.Err);
            Assert.Empty(verify.Err);
        }
        var unknown = CliProcess.Run(60, "show", store, "0123456789");
        Assert.Equal(ExitCodes.NotFound, unknown.Code);
        Assert.Contains("holds no finding 0123456789", unknown.Err, StringComparison.Ordinal);
    }

    // The first column of 'findings STORE' (one line per finding after the header line, then indented statistics).
    private static List<string> ListedIds(string store)
    {
        var run = CliProcess.Run(60, "findings", store);
        Assert.True(run.Code == 0, run.Err);
        return run.Out.Split('\n').Skip(1).Where(l => l.Length > 0 && !l.StartsWith(' ')).Select(l => l.Split("  ")[0]).Order(StringComparer.Ordinal).ToList();
    }
}
