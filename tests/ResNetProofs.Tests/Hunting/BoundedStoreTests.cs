using ResNetProofs.Generators;
using ResNetProofs.Hunting.Session;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Hunting;

/// <summary>
/// --keep K bounds the store: per statement the first K counterexamples by case index keep a full record, later ones
/// only when their shrunk case is a new smallest; every counterexample is still counted, and the kept set is the same
/// with 1 and 2 workers.
/// </summary>
public sealed class BoundedStoreTests
{
    [Fact]
    public void Keep_bounds_the_full_records_and_counts_the_rest_the_same_with_one_and_two_workers()
    {
        using var dir = new TemporaryDirectory();
        string one = Path.Combine(dir.Path, "one.db"), two = Path.Combine(dir.Path, "two.db");
        string[] hunt = ["hunt", "--theorems", "planted.rademacher-half-constant", "--budget", "40", "--seed", "3", "--profile", "quick", "--keep", "3"];

        var a = CliProcess.Run(120, [.. hunt, "--store", one, "--workers", "1"]);
        var b = CliProcess.Run(120, [.. hunt, "--store", two, "--workers", "2"]);

        Assert.True(a.Code == 0, a.Err);
        Assert.True(b.Code == 0, b.Err);
        Assert.Equal(StoreContents.Findings(one), StoreContents.Findings(two));
        using var store = HuntStore.Open(one, readOnly: true);
        var counted = store.Cases().Where(c => c.Verdict == "Counterexample").Select(c => c.Index).Order().ToList();
        var kept = store.Findings().OrderBy(f => f.CaseIndex).ToList();
        Assert.True(counted.Count > kept.Count, $"{counted.Count} counterexamples, {kept.Count} kept: the bound was never reached");
        Assert.Equal(counted.Count, store.Statistics().Single().Counterexamples);
        Assert.Equal(counted.Take(3), kept.Take(3).Select(f => f.CaseIndex));
        for (int i = 3; i < kept.Count; i++)
        {
            int weight = FindingRetention.Weight(kept[i].ShrunkSize ?? kept[i].Size);
            Assert.All(kept.Take(i), earlier => Assert.True(weight < FindingRetention.Weight(earlier.ShrunkSize ?? earlier.Size), $"case {kept[i].CaseIndex} is kept but is no new smallest"));
        }
    }

    [Fact]
    public void After_the_first_K_only_a_new_smallest_counterexample_is_kept()
    {
        var retention = new FindingRetention(2, []);
        var big = new CaseSize(5, 3, 2, 4, 1, 1, 3);     // weight 19
        var small = new CaseSize(2, 1, 1, 1, 0, 1, 0);   // weight 6
        var smaller = new CaseSize(1, 1, 1, 1, 0, 1, 0); // weight 5

        Assert.True(retention.Keeps("t", 0, big));
        Assert.True(retention.Keeps("t", 1, big));
        Assert.False(retention.Keeps("t", 2, big));
        Assert.True(retention.Keeps("t", 3, small));
        Assert.False(retention.Keeps("t", 4, small));
        Assert.True(retention.Keeps("t", 5, smaller));
        Assert.True(retention.Keeps("other", 7, big)); // the first record of a statement is always a new smallest
    }

    [Fact]
    public void The_weight_of_a_stored_size_text_is_the_sum_of_its_measures()
    {
        var size = new CaseSize(2, 3, 1, 4, 0, 2, 5);

        Assert.Equal(17, FindingRetention.Weight(size.ToString()));
        Assert.Equal(FindingRetention.Weight(size), FindingRetention.Weight(size.ToString()));
    }
}
