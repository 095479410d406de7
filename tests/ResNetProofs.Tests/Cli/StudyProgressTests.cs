using ResNetProofs.Cli;
using ResNetProofs.Cli.Progress;
using ResNetProofs.Studies;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary>The studies and bench say up front how much work was asked for, and report progress as throttled status lines when stderr is not a terminal.</summary>
public sealed class StudyProgressTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Liu_study_states_its_work_first_and_reports_progress_on_stderr()
    {
        var (code, _, stderr) = CliRun.Run("liu-study", "--teachers", "1", "--inits", "1", "--out", _dir.Path);

        Assert.Equal(ExitCodes.Success, code);
        string[] lines = stderr.TrimEnd('\n').Split('\n');
        // 1 teacher × 1 init × 3 configurations, each at most 50000 steps (LiuStudyOptions' default descent budget).
        Assert.Equal("liu-study: 1 teachers × 1 inits × 3 configurations = 3 gradient descents of at most 50000 steps (at most 150,000 gradient steps)", lines[0]);
        Assert.StartsWith("[3/3, 100%, ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Gulcu_study_states_its_grid_and_largest_parameter_count_first_and_ends_at_every_cell_done()
    {
        var (code, _, stderr) = CliRun.Run("gulcu-study", "--n", "4", "--depths", "1,2", "--ratios", "1,2", "--seeds", "1", "--budget", "50");

        Assert.Equal(ExitCodes.Success, code);
        // Largest P at n = d = 4, H = 2, m = 8: m·d + (H−1)·m² = 32 + 64 = 96.
        Assert.Equal("gulcu-study: 1 n × 2 H = 2 cells, at most 2 ratios × 1 seeds each = 4 gradient descents of at most 50 steps (at most 200 steps), largest P = 96", stderr.Split('\n')[0]);
        Assert.StartsWith("[2/2, 100%, ", stderr.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Targeting_states_its_trials_first_and_ends_at_every_trial_done()
    {
        var (code, _, stderr) = CliRun.Run("targeting", "--theorems", "planted.rademacher-half-constant", "--seeds", "2", "--max-cases", "5", "--profile", "quick", "--workers", "1");

        Assert.Equal(ExitCodes.Success, code);
        // 1 theorem × 2 seeds × (targeted, random) = 4 trials of at most 5 cases.
        Assert.Equal("targeting: 1 theorems × 2 seeds × 2 searches (targeted, random) = 4 trials of at most 5 cases (at most 20 cases)", stderr.Split('\n')[0]);
        Assert.StartsWith("[4/4, 100%, ", stderr.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_states_its_sizes_first_and_ends_at_every_size_done()
    {
        var (code, stdout, stderr) = CliRun.Run("bench", "--max-parameters", "41");

        Assert.Equal(ExitCodes.Success, code);
        // P ≤ 41 leaves d = 4, L = 1, width 4 (P = 41) at n = 32, 128, 512: three sizes, three table rows.
        string[] lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal("bench: 3 sizes up to P = 41, each quantity timed over at least 0.2 s of repetitions", lines[0]);
        Assert.StartsWith("[3/3, 100%, ", lines[^1], StringComparison.Ordinal);
        Assert.Equal(3, stdout.Split('\n').Count(l => l.StartsWith("| 4 | 1 | 4 |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Status_lines_are_throttled_but_the_first_and_last_always_print()
    {
        var now = TimeSpan.Zero;
        using var output = new StringWriter();
        var status = new ThrottledStatus(output, TimeSpan.FromSeconds(5), () => now);

        foreach (int done in new[] { 1, 2, 3, 4 })
        {
            now = TimeSpan.FromSeconds(2 * done);
            status.Report(new StudyProgress(done, 5, $"unit {done}"));
        }
        now = TimeSpan.FromSeconds(9);
        status.Report(new StudyProgress(5, 5, "unit 5"));

        // t = 2 (first), 4 (<5 s later, skipped), 6 (skipped), 8 (6 s after the first, printed), 9 (last, printed).
        Assert.Equal(["[1/5, 20%, 2 s] unit 1", "[4/5, 80%, 8 s] unit 4", "[5/5, 100%, 9 s] unit 5"], output.ToString().TrimEnd('\n').Split('\n'));
    }
}
