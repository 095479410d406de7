using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Studies;

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
        Assert.Equal(ResNetProofs.Studies.StudyPlots.Width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4));
    }

    [Fact]
    public void Teacher_condition_keeps_only_teachers_it_accepts()
    {
        var result = LiuStudy.Run(Tiny with { Teachers = 3, Inits = 1, TeacherCondition = new LiuTeacherCondition(Above: -0.5, AtMost: 0.5) });

        Assert.All(result.Runs, r => Assert.InRange(r.TeacherReadoutSum, -0.5, 0.5));
        Assert.Equal(3, result.Rows[0].Teachers);
    }

    [Fact]
    public void Escapes_condition_keeps_teachers_with_positive_first_step_coefficient()
    {
        var result = LiuStudy.Run(Tiny with { Teachers = 4, Inits = 1, TeacherCondition = new LiuTeacherCondition(FirstStepTowardsTeacher: true) });

        Assert.All(result.Runs, r => Assert.True(r.TeacherReadoutSum > -2, $"1ᵀa* = {r.TeacherReadoutSum}"));
        Assert.Equal(0, result.Rows[2].Runs);
    }

    [Fact]
    public void Teacher_ball_radius_is_the_readout_sum_over_root_k()
    {
        var result = LiuStudy.Run(Tiny with { Teachers = 2, Inits = 1, RadiusRule = LiuBallRadius.TeacherReadoutSum });

        Assert.All(result.Runs, r => Assert.Equal(Math.Abs(r.TeacherReadoutSum) / 2, r.BallRadius, 1e-15));
    }

    [Fact]
    public void Normalised_shortcut_run_is_labelled_as_such()
    {
        var result = LiuStudy.Run(Tiny with { Teachers = 1, Inits = 1, NormalizeShortcut = true });

        Assert.Equal(LiuStudy.ShortcutNormalized, result.Rows[0].Configuration);
        Assert.Single(result.Runs, r => r.Configuration == LiuStudy.ShortcutNormalized);
    }

    [Fact]
    public void Every_row_carries_both_intervals_around_its_rate()
    {
        var result = LiuStudy.Run(Tiny);

        foreach (var row in result.Rows.Where(r => r.Runs > 0))
        {
            Assert.InRange(row.GlobalRate, row.GlobalWilson.Low, row.GlobalWilson.High);
            Assert.InRange(row.GlobalRate, row.GlobalClustered.Low, row.GlobalClustered.High);
            Assert.InRange(row.SpuriousRate, row.SpuriousWilson.Low, row.SpuriousWilson.High);
        }
    }

    [Theory]
    [InlineData("positive", 0.0, null, false)]
    [InlineData(">-2", -2.0, null, false)]
    [InlineData("<=0", null, 0.0, false)]
    [InlineData("-1..1", -1.0, 1.0, false)]
    [InlineData("escapes", null, null, true)]
    public void Teacher_condition_parses_words_and_bounds(string text, double? above, double? atMost, bool escapes)
    {
        var (value, problem) = LiuTeacherCondition.Parse(text);

        Assert.Null(problem);
        Assert.Equal(new LiuTeacherCondition(above, atMost, escapes), value);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1..-1")]
    [InlineData(">abc")]
    [InlineData(">99999999999999999999")]
    public void Teacher_condition_rejects_other_text(string text)
    {
        Assert.NotNull(LiuTeacherCondition.Parse(text).Problem);
    }
}
