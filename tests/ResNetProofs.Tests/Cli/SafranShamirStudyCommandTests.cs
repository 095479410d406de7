using ResNetProofs.Cli;
using ResNetProofs.Cli.Options;

namespace ResNetProofs.Tests.Cli;

/// <summary>The safran-shamir-study command: its list options and its output files.</summary>
public sealed class SafranShamirStudyCommandTests
{
    [Theory]
    [InlineData("6..8", new[] { 6, 7, 8 })]
    [InlineData("6,8,10", new[] { 6, 8, 10 })]
    [InlineData("6..7,7,12", new[] { 6, 7, 12 })]
    public void K_accepts_ranges_and_lists(string text, int[] expected)
    {
        Assert.Equal(expected, RangeListOption.Parse(text, 1, 40).Value);
    }

    [Theory]
    [InlineData("--k", "8..6", "'8..6': empty range (8 > 6)")]
    [InlineData("--k", "41", "'41': too large")]
    [InlineData("--forms", "plain,resnet", "'resnet': not a student form")]
    [InlineData("--forms", "skip,skip", "'skip': given twice")]
    public void A_bad_list_exits_2_with_one_line_naming_the_item(string option, string value, string problem)
    {
        var (code, stdout, stderr) = CliRun.Run("safran-shamir-study", option, value);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Empty(stdout);
        string line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"error: {option} {value}: {problem}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tiny_run_announces_its_work_and_writes_the_three_files()
    {
        string directory = Path.Combine(Path.GetTempPath(), "ss-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, stdout, stderr) = CliRun.Run("safran-shamir-study", "--k", "3", "--runs", "2", "--forms", "plain", "--max-steps", "100", "--out", directory);

            Assert.Equal(ExitCodes.Success, code);
            Assert.StartsWith("safran-shamir-study: 1 form(s) [Plain] × k ∈ {3} × n ∈ {k, k+1} × 2 runs = 4 descents", stderr, StringComparison.Ordinal);
            Assert.Contains("| plain Σ relu(wᵢᵀx) | 3 | 4 | 2 |", stdout, StringComparison.Ordinal);
            Assert.All(new[] { "md", "json", "png" }, ext => Assert.True(File.Exists(Path.Combine(directory, "safran-shamir-study." + ext)), ext));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, true);
            }
        }
    }
}
