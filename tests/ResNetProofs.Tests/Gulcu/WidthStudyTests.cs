using ResNetProofs.Hunting.Plots;
using ResNetProofs.Hunting.Studies;
using ResNetProofs.Numerics.WideResidual;

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
            WideResidualProblem.Generate(8, 8, attempt.Width, 2, seed), new GradientDescentOptions { MaxSteps = Tiny.Budget }).StopReason == GradientDescentStopReason.ReachedTarget);

        Assert.Equal(attempt.Successes, direct);
    }

    [Fact]
    public void Png_has_signature_header_and_valid_chunk_crcs()
    {
        byte[] png = TinyResult.Value.ToPng();

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        for (int offset = 8; offset < png.Length;)
        {
            int length = (png[offset] << 24) | (png[offset + 1] << 16) | (png[offset + 2] << 8) | png[offset + 3];
            uint crc = (uint)((png[offset + 8 + length] << 24) | (png[offset + 9 + length] << 16) | (png[offset + 10 + length] << 8) | png[offset + 11 + length]);
            Assert.Equal(PngEncoder.Crc32(png.AsSpan(offset + 4, 4 + length)), crc);
            offset += 12 + length;
        }
    }

    [Fact]
    public void Crc32_of_the_check_string_is_the_standard_value()
    {
        Assert.Equal(0xCBF43926u, PngEncoder.Crc32("123456789"u8));
    }
}
