using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Studies;

namespace ResNetProofs.Tests.SafranShamir;

/// <summary>The study's library entry on a small fixed-seed setting (also pinned as snapshots/SafranShamir/StudySmall.verified.json).</summary>
public sealed class SafranShamirStudyTests
{
    /// <summary>k = 10, n ∈ {10, 11}, 3 runs per row, seed 1, the three students, a 3000-step budget (the n = 11 runs end on it).</summary>
    internal static readonly SafranShamirStudyOptions Small = new()
    {
        Ks = [10],
        Runs = 3,
        Seed = 1,
        Descent = new SafranShamirDescentOptions { MaxSteps = 3000 },
    };

    [Fact]
    public void Counts_add_up_and_every_non_global_run_belongs_to_a_family()
    {
        var result = SafranShamirStudy.Run(Small);

        Assert.Equal(6, result.Rows.Count); // 3 students × n ∈ {k, k + 1}
        Assert.All(result.Rows, r => Assert.Equal(r.Runs, r.NonGlobal + r.Global + r.Budget + r.Diverged));
        Assert.All(result.Runs.Where(r => r.Outcome == SafranShamirOutcome.NonGlobal), r => Assert.NotNull(r.Family));
        Assert.Equal(result.Runs.Count(r => r.Outcome == SafranShamirOutcome.NonGlobal), result.Families.Sum(f => f.Members));
    }

    [Fact]
    public void Both_forms_start_from_the_same_neurons()
    {
        var plain = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(4), 4, StudentForm.Plain);
        var skip = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(4), 4, StudentForm.LinearSkip);
        int seed = SafranShamirStudy.RunSeed(1, 4, 4, 0);

        var a = SafranShamirDescent.XavierStart(plain, new Random(seed));
        var b = SafranShamirDescent.XavierStart(skip, new Random(seed));

        Assert.Equal(a, b[..a.Length]);
        Assert.All(b[a.Length..], u => Assert.Equal(0, u));
    }

    [Fact]
    public void Same_seed_gives_the_same_json_bytes()
    {
        var options = Small with { Forms = [SafranShamirStudent.Plain], Certify = false, Descent = new SafranShamirDescentOptions { MaxSteps = 500 } };

        Assert.Equal(SafranShamirStudy.ToJson(SafranShamirStudy.Run(options)), SafranShamirStudy.ToJson(SafranShamirStudy.Run(options)));
    }

    [Theory]
    [InlineData(0, 10, 0.0, 0.27753)]
    [InlineData(10, 10, 0.72247, 1.0)]
    [InlineData(11, 30, 0.21874, 0.54486)]
    public void Wilson_interval_matches_the_score_formula(int successes, int trials, double lower, double upper)
    {
        // Reference values from the closed form (p̂ + z²/2n ± z√(p̂q̂/n + z²/4n²))/(1 + z²/n), z = 1.96, evaluated independently (Python, z = 1.959964) to 5 digits.
        var interval = WilsonInterval.Of(successes, trials);

        Assert.Equal(lower, interval.Low, 4);
        Assert.Equal(upper, interval.High, 4);
    }

    [Fact]
    public void Png_has_the_signature_and_the_plot_width()
    {
        var png = SafranShamirStudy.ToPng(SafranShamirStudy.Run(Small with { Forms = [SafranShamirStudent.Plain], Runs = 1, Certify = false, Descent = new SafranShamirDescentOptions { MaxSteps = 200 } }));

        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        Assert.Equal(SafranShamirPlot.Width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
    }
}
