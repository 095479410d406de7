using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Hunting;

/// <summary>--shard K/N takes every N-th case index: two shards, merged, equal one run over the same case range.</summary>
public sealed class HuntShardingTests
{
    [Fact]
    public void Two_shards_merged_equal_one_run()
    {
        using var dir = new TemporaryDirectory();
        string single = Path.Combine(dir.Path, "single.db"), s0 = Path.Combine(dir.Path, "s0.db"), s1 = Path.Combine(dir.Path, "s1.db"), merged = Path.Combine(dir.Path, "merged.db");
        string[] common = ["hunt", "--theorems", "planted,yun2019.near-identity", "--budget", "40", "--seed", "3", "--profile", "quick", "--no-target", "--workers", "1"];

        var r = CliProcess.Run(120, [.. common, "--store", single]);
        var a = CliProcess.Run(120, [.. common, "--store", s0, "--shard", "0/2"]);
        var b = CliProcess.Run(120, [.. common, "--store", s1, "--shard", "1/2"]);
        var m = CliProcess.Run(60, "merge", merged, s0, s1);

        Assert.True(r.Code == 0 && a.Code == 0 && b.Code == 0, r.Err + a.Err + b.Err);
        Assert.True(m.Code == 0, m.Err);
        Assert.Equal(40, StoreContents.Cases(merged).Count);
        Assert.Equal(StoreContents.Cases(single), StoreContents.Cases(merged));
        Assert.Equal(StoreContents.Findings(single), StoreContents.Findings(merged));
        Assert.Equal(StoreContents.Statistics(single), StoreContents.Statistics(merged));
    }
}
