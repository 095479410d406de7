using ResNetProofs.Cli;

namespace ResNetProofs.Tests.Cli;

/// <summary>gulcu-study refuses a grid whose largest point exceeds the documented parameter limit, before any descent.</summary>
public sealed class GulcuStudyLimitsTests
{
    [Fact]
    public void A_grid_point_above_ten_million_parameters_exits_2()
    {
        // n = d = 512, H = 2, m/n = 16: m = 8192, P = 8192·512 + 1·8192² = 4,194,304 + 67,108,864 = 71,303,168.
        var (code, stdout, stderr) = CliRun.Run("gulcu-study", "--n", "512", "--depths", "2", "--ratios", "16");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Empty(stdout);
        Assert.Equal("error: the largest grid point has P = 71,303,168 parameters (P = m·d + (H−1)·m²), above the limit 10,000,000: use smaller --n, --depths, --ratios or --dim\n", stderr);
    }
}
