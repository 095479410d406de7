using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Generators;
using ResNetProofs.Numerics.Data;

namespace ResNetProofs.Tests.Generators;

public sealed class DatasetGeneratorTests
{
    private static readonly TargetKind[] AllTargets = [TargetKind.LinearPlusNoise, TargetKind.Teacher, TargetKind.Random, TargetKind.Labels];

    [Fact]
    public void Every_dataset_is_finite_and_within_its_documented_bounds()
    {
        int checkedCount = 0;
        foreach (var target in AllTargets)
        {
            foreach (int d in new[] { 1, 3, 5 })
            {
                foreach (var c in Sampling.Sample(Datasets.For(d, target), 50, seed: (ulong)(d * 10 + (int)target)))
                {
                    var data = c.Data;
                    Assert.Equal(d, data.Dimension);
                    Assert.InRange(data.Count, 1, GeneratorLimits.Default.MaxSamples);
                    for (int i = 0; i < data.Count; i++)
                    {
                        double bound = c.Degenerate == DegenerateCase.MixedScales ? Datasets.ScaledInputBound : Datasets.InputBound;
                        foreach (double v in data.Input(i))
                        {
                            Assert.True(double.IsFinite(v) && Math.Abs(v) <= bound, $"x = {v} in {c}");
                            Assert.True(Math.Round(v, 5) == v, $"x = {v} has more than 5 decimals in {c}");
                        }
                        double y = data.Target(i);
                        Assert.True(double.IsFinite(y) && Math.Abs(y) <= Datasets.TargetBound, $"y = {y} in {c}");
                        Assert.True(Math.Round(y, Datasets.Decimals) == y, $"y = {y} has more than {Datasets.Decimals} decimals in {c}");
                        if (target == TargetKind.Labels)
                        {
                            Assert.True(y is 1.0 or -1.0, $"label {y} in {c}");
                        }
                    }
                    checkedCount++;
                }
            }
        }
        Assert.True(checkedCount >= 500);
    }

    [Fact]
    public void Degenerate_cases_occur_at_about_one_in_eight_and_each_kind_occurs()
    {
        var cases = Sampling.Sample(Datasets.For(3, TargetKind.LinearPlusNoise), 2000, seed: 11);
        double rate = cases.Count(c => c.Degenerate != DegenerateCase.None) / (double)cases.Length;

        // Binomial(2000, 1/8): standard deviation 0.0074, so ±0.03 is four standard deviations.
        Assert.InRange(rate, 0.125 - 0.03, 0.125 + 0.03);
        foreach (var kind in Datasets.Applicable(3))
        {
            Assert.Contains(cases, c => c.Degenerate == kind);
        }
    }

    [Fact]
    public void Degenerate_rate_zero_never_mixes_in_a_case()
    {
        var cases = Sampling.Sample(Datasets.For(3, TargetKind.Random, GeneratorLimits.Default with { DegenerateOneIn = 0 }), 200);

        Assert.All(cases, c => Assert.Equal(DegenerateCase.None, c.Degenerate));
    }

    [Fact]
    public void Duplicate_points_case_has_a_repeated_sample()
    {
        foreach (var c in Sampling.Sample(Datasets.Degenerate(3, TargetKind.LinearPlusNoise, DegenerateCase.DuplicatePoints), 50))
        {
            var rows = Enumerable.Range(0, c.Data.Count).Select(i => string.Join(",", c.Data.Input(i).ToArray()) + ";" + c.Data.Target(i)).ToList();
            Assert.True(rows.Distinct().Count() < rows.Count, $"no duplicate in {c}");
        }
    }

    [Fact]
    public void Rank_deficient_case_has_rank_below_d()
    {
        foreach (var c in Sampling.Sample(Datasets.Degenerate(4, TargetKind.Teacher, DegenerateCase.RankDeficient), 50))
        {
            var x = Matrix<double>.Build.DenseOfRowArrays(c.Data.Rows());
            Assert.True(x.Rank() < 4, $"rank {x.Rank()} in {c}");
            Assert.Contains(Enumerable.Range(0, 4), j => Enumerable.Range(0, j).Any(k => x.Column(j).Equals(x.Column(k))));
        }
    }

    [Fact]
    public void Fewer_samples_case_has_n_below_d()
    {
        Assert.All(Sampling.Sample(Datasets.Degenerate(4, TargetKind.Random, DegenerateCase.FewerSamplesThanDimension), 50), c => Assert.InRange(c.Data.Count, 1, 3));
    }

    [Fact]
    public void Zero_targets_case_has_zero_targets_or_constant_labels()
    {
        Assert.All(Sampling.Sample(Datasets.Degenerate(2, TargetKind.Teacher, DegenerateCase.ZeroTargets), 30), c => Assert.All(c.Data.Targets.ToArray(), y => Assert.Equal(0.0, y)));
        Assert.All(Sampling.Sample(Datasets.Degenerate(2, TargetKind.Labels, DegenerateCase.ZeroTargets), 30), c => Assert.All(c.Data.Targets.ToArray(), y => Assert.Equal(1.0, y)));
    }

    [Fact]
    public void Mixed_scales_case_has_a_row_at_scale_100_and_one_below_0_04()
    {
        foreach (var c in Sampling.Sample(Datasets.Degenerate(3, TargetKind.LinearPlusNoise, DegenerateCase.MixedScales), 50))
        {
            var scales = Enumerable.Range(0, c.Data.Count).Select(i => MaxAbs(c.Data, i)).ToList();
            int large = scales.IndexOf(scales.Max());
            Assert.True(scales[large] >= 100, $"largest row scale {scales[large]} in {c}");
            Assert.Contains(Enumerable.Range(0, c.Data.Count), i => i != large && scales[i] <= 0.04);
        }
    }

    [Fact]
    public void Kink_case_has_a_zero_row()
    {
        Assert.All(
            Sampling.Sample(Datasets.Degenerate(3, TargetKind.Random, DegenerateCase.ReluKink), 30),
            c => Assert.Contains(Enumerable.Range(0, c.Data.Count), i => c.Data.Input(i).ToArray().All(v => v == 0)));
    }

    [Fact]
    public void A_case_that_does_not_apply_at_this_d_is_rejected_by_the_factory()
    {
        Assert.Throws<ArgumentException>(() => Datasets.Degenerate(1, TargetKind.Random, DegenerateCase.RankDeficient));
    }

    private static double MaxAbs(Dataset data, int i) => data.Input(i).ToArray().Max(Math.Abs);
}
