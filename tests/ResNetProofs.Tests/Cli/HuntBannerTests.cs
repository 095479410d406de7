using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Session;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary>The first line of a hunt says "(resumed)" only when --resume continues an existing store; a new store says "(new)".</summary>
public sealed class HuntBannerTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string[] Hunt(string store, string budget) =>
        CliRun.Run("hunt", "--theorems", "yun2019.near-identity", "--budget", budget, "--profile", "quick", "--workers", "1", "--store", store, "--resume").Out.Split('\n');

    [Fact]
    public void Resume_on_a_new_store_says_new_and_the_second_run_says_resumed()
    {
        string store = Path.Combine(_dir.Path, "h.db");

        string first = Hunt(store, "2")[0];
        string second = Hunt(store, "4")[0];

        Assert.Equal($"hunting: budget 2 cases, store {store} (new), 1 workers; Ctrl-C stops cleanly", first);
        Assert.Equal($"hunting: budget 4 cases, store {store} (resumed), 1 workers; Ctrl-C stops cleanly", second);
    }

    [Fact]
    public void A_hunt_without_resume_is_new()
    {
        var options = new HuntOptions { Budget = HuntBudget.ForCases(3), StorePath = Path.Combine(_dir.Path, "x.db"), Workers = 2 };

        Assert.DoesNotContain("(resumed)", HuntText.Banner(options), StringComparison.Ordinal);
        Assert.Contains("(new)", HuntText.Banner(options), StringComparison.Ordinal);
    }
}
