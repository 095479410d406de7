using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Studies;

namespace ResNetProofs.Tests.Gulcu;

/// <summary>The width study on a tiny fixed-seed grid: consistent with direct runs (the record itself is the snapshot Gulcu/WidthTiny); the PNG encoder's CRC and layout.</summary>
public sealed class WidthStudyTests
{
    /// <summary>n ∈ {8, 16}, H ∈ {1, 2}, m/n ∈ {1/4, 1/2, 1, 2}, seeds 1..3, 500 steps (also pinned as snapshots/Gulcu/WidthTiny.verified.json).</summary>
    internal static readonly WidthStudyOptions Tiny = new() { Samples = [8, 16], Depths = [1, 2], Ratios = [0.25, 0.5, 1, 2], Seeds = [1, 2, 3], Budget = 500 };

    /// <summary>The tiny study, run once for this class and the snapshot test.</summary>
    internal static readonly Lazy<WidthStudyResult> TinyResult = new(() => WidthStudy.Run(Tiny));

    [Fact]
    public void Each_cell_stops_at_its_first_majority_and_every_earlier_ratio_lacks_one()
    {
        foreach (var cell in TinyResult.Value.Cells)
        {
            Assert.All(cell.Attempts.SkipLast(1), a => Assert.False(a.Majority));
            if (cell.Threshold is { } t)
            {
                Assert.True(cell.Attempts[^1].Majority);
                Assert.Equal(t, cell.Attempts[^1].Ratio);
            }
            else
            {
                Assert.Equal(Tiny.Ratios.Count, cell.Attempts.Count);
            }
        }
    }

    [Fact]
    public void Success_counts_agree_with_direct_gradient_descent_runs()
    {
        var cell = TinyResult.Value.Cells.First(c => c.Samples == 8 && c.Depth == 2);
        var attempt = cell.Attempts[^1];

        int direct = Tiny.Seeds.Count(seed => WideResidualGradientDescent.Run(
            WideResidualProblem.Generate(8, 8, attempt.Width, 2, seed), new GradientDescentOptions { MaxSteps = Tiny.Budget }).StopReason == ExitCondition.TargetReached);

        Assert.Equal(attempt.Successes, direct);
    }

    [Fact]
    public void Png_has_the_signature_and_the_plot_size()
    {
        byte[] png = TinyResult.Value.ToPng();

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(StudyPlots.Width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(StudyPlots.Height, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4));
    }

    [Fact]
    public void A_threshold_at_the_first_ratio_of_the_grid_is_marked_clipped()
    {
        // n = 8, H = 1 reaches the target for a majority at m/n = 1 (Tiny: 2 of 3 seeds there); a grid starting at 1 cannot see lower.
        var result = WidthStudy.Run(Tiny with { Samples = [8], Depths = [1], Ratios = [1, 2] });

        var cell = Assert.Single(result.Cells);
        Assert.Equal(1, cell.Threshold);
        Assert.True(cell.ClippedAtFloor);
        Assert.Contains("≤ 1 (m = 8", result.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_attempt_reports_its_wilson_interval()
    {
        var attempt = TinyResult.Value.Cells[0].Attempts[0];

        var expected = ResNetProofs.Studies.WilsonInterval.Of(attempt.Successes, attempt.Seeds);
        Assert.Equal(expected, attempt.SuccessWilson);
        Assert.Contains("| Wilson 95% |", TinyResult.Value.ToMarkdown(), StringComparison.Ordinal);
    }
}
