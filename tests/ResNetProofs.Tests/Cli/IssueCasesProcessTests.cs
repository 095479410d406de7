using ResNetProofs.Cli;
using ResNetProofs.Tests.Hunting;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary>
/// The bad inputs named in issue 14, run as a user would (the built CLI as a child process): each exits 2 with one line
/// on stderr, where the process used to abort (exit 134 and a stack trace) or accept the value.
/// </summary>
public sealed class IssueCasesProcessTests
{
    private static readonly string Example = ExampleFiles.Path("yun2019-example1.json");

    [Theory]
    [InlineData("refine", "--descent-steps", "abc", "not a number")]
    [InlineData("refine", "--max-iterations", "abc", "not a number")]
    [InlineData("refine", "--max-iterations", "99999999999999999999", "too large, at most 2147483647")]
    public void Refine_with_a_malformed_count_exits_2_not_134(string command, string option, string value, string problem)
    {
        var (code, stdout, stderr) = CliProcess.Run(60, command, Example, option, value);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Empty(stdout);
        Assert.Equal($"error: {option} {value}: {problem} (expected a whole number ≥ 0)\n", stderr);
    }

    [Theory]
    [InlineData("--status-every", "-1", "negative")]
    [InlineData("--checkpoint-every", "0", "zero")]
    public void Hunt_rejects_a_status_or_checkpoint_interval_that_is_not_positive(string option, string value, string problem)
    {
        var (code, stdout, stderr) = CliProcess.Run(60, "hunt", "--theorems", "planted", "--budget", "1", "--store", Path.Combine(Path.GetTempPath(), "never-created.db"), option, value);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Empty(stdout);
        Assert.Equal($"error: {option} {value}: {problem} (expected a number of seconds > 0, at most 31536000)\n", stderr);
    }

    [Fact]
    public void Liu_study_refuses_more_teachers_than_its_documented_limit()
    {
        var (code, _, stderr) = CliProcess.Run(60, "liu-study", "--teachers", "2147483647");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("error: --teachers 2147483647: too large, at most 10000 (expected a whole number from 1 to 10000)\n", stderr);
    }

    [Fact]
    public void Gulcu_study_refuses_a_sample_count_above_its_documented_limit()
    {
        var (code, _, stderr) = CliProcess.Run(60, "gulcu-study", "--n", "100000");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("error: --n 100000: too large, at most 512 (expected comma-separated whole numbers from 1 to 512)\n", stderr);
    }

    [Fact]
    public void A_typed_command_suggests_the_nearest_one()
    {
        var (code, stdout, stderr) = CliProcess.Run(60, "chek", "x", Example);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Empty(stdout);
        Assert.Equal("error: unknown command 'chek'; did you mean 'check'?\n", stderr);
    }
}
