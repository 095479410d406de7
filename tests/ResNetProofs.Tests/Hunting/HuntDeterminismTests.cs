using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Hunting;

/// <summary>The case sequence is a pure function of (seed, index): the same seed gives the same findings and cases with 1 worker and with 2.</summary>
public sealed class HuntDeterminismTests
{
    [Fact]
    public void Same_seed_gives_the_same_findings_with_one_and_two_workers()
    {
        using var dir = new TemporaryDirectory();
        string one = Path.Combine(dir.Path, "one.db"), two = Path.Combine(dir.Path, "two.db");

        var a = CliProcess.Run(120, "hunt", "--theorems", "planted,shamir2018.first-order-certificate", "--budget", "48", "--seed", "7", "--profile", "quick", "--store", one, "--workers", "1");
        var b = CliProcess.Run(120, "hunt", "--theorems", "planted,shamir2018.first-order-certificate", "--budget", "48", "--seed", "7", "--profile", "quick", "--store", two, "--workers", "2");

        Assert.True(a.Code == 0, a.Err);
        Assert.True(b.Code == 0, b.Err);
        var findings = StoreContents.Findings(one);
        Assert.NotEmpty(findings);
        Assert.Equal(findings, StoreContents.Findings(two));
        Assert.Equal(StoreContents.Cases(one), StoreContents.Cases(two));
        Assert.Contains(StoreContents.Cases(one), c => c.Contains("|climb|", StringComparison.Ordinal));
    }
}
