using ResNetProofs.Hunting.Studies;
using ResNetProofs.Numerics.Convolutional;

namespace ResNetProofs.Tests.Liu2019;

/// <summary>The study's library entry on a tiny setting: consistent counts and a valid PNG (the fixed-seed record is the snapshot Liu2019/StudySmall).</summary>
public sealed class LiuStudyTests
{
    /// <summary>2 teachers × 2 inits, seed 3, p = k = 4 (also pinned as snapshots/Liu2019/StudySmall.verified.json).</summary>
    internal static readonly LiuStudyOptions Tiny = new() { Teachers = 2, Inits = 2, Seed = 3, PatchDimension = 4, Patches = 4 };

    [Fact]
    public void Counts_are_consistent_on_two_teachers_by_two_inits()
    {
        var result = LiuStudy.Run(Tiny);

        Assert.Equal(3 * 2 * 2, result.Runs.Count);
        foreach (var row in result.Rows)
        {
            Assert.Equal(row.Runs, row.Global + row.Spurious + row.Neither);
            Assert.InRange(row.CertifiedTrapped, 0, row.Spurious);
        }
        Assert.Equal(4, result.Rows[0].Runs);
        Assert.Equal(result.Rows[0].Runs, result.Rows[1].Runs + result.Rows[2].Runs);
        Assert.All(result.Runs.Where(r => r.Configuration == LiuStudy.Shortcut), r => Assert.NotEqual(CnnRunOutcome.SpuriousPoint, r.Outcome));
        Assert.All(result.Runs.Where(r => r.Outcome == CnnRunOutcome.GlobalOptimum), r => Assert.NotNull(r.IterationsToTolerance));
    }

    [Fact]
    public void Png_has_the_signature_and_the_plot_size()
    {
        var png = LiuStudy.ToPng(LiuStudy.Run(Tiny with { Teachers = 1, Inits = 1 }));

        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(ResNetProofs.Hunting.Studies.StudyPlots.Width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4));
    }
}
