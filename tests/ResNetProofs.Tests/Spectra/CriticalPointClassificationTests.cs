using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Spectra;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Spectra;

public class CriticalPointClassificationTests
{
    [Fact]
    public void Diag_2_1_0_with_symmetry_direction_e3_has_complement_minimum_one_and_rank_one()
    {
        var h = Matrix<double>.Build.DiagonalOfDiagonalArray([2.0, 1.0, 0.0]);

        var result = CriticalPointClassification.Classify(h, [[0.0, 0.0, 1.0]]);

        Assert.Equal(1, result.SymmetryRank);
        Assert.Equal(2, result.ComplementDimension);
        Assert.Equal(1.0, result.ComplementMinEigenvalue, 1e-15);
        Assert.Equal((2, 0, 1), (result.PositiveCount, result.NegativeCount, result.ZeroCount));
        Assert.Equal((2, 0, 0), (result.ComplementPositiveCount, result.ComplementNegativeCount, result.ComplementZeroCount));
    }

    [Fact]
    public void Negative_eigenvalue_orthogonal_to_the_symmetry_direction_survives_on_the_complement()
    {
        // H = Q diag(−1, 2, 0, 3) Qᵀ with symmetry direction 5·Q e₃ (the zero eigenvector).
        var h = TestMatrices.WithSpectrum([-1.0, 2.0, 0.0, 3.0], seed: 6, out var q);
        var direction = (5.0 * q.Column(2)).ToArray();

        var result = CriticalPointClassification.Classify(h, [direction]);

        Assert.Equal(-1.0, result.ComplementMinEigenvalue, 1e-12);
        Assert.Equal((2, 1, 0), (result.ComplementPositiveCount, result.ComplementNegativeCount, result.ComplementZeroCount));
        Assert.NotNull(result.ComplementWitness);
        Assert.True(result.ComplementWitness.IsCertifiedNegative);
        Assert.Equal(-1.0, result.ComplementWitness.RayleighQuotient, 1e-12);
        Assert.True(result.ComplementWitnessAlignment <= 1e-12, $"alignment {result.ComplementWitnessAlignment}");
    }

    [Fact]
    public void Linearly_dependent_directions_count_their_rank_once()
    {
        var random = new Random(12);
        var d1 = Enumerable.Range(0, 6).Select(_ => TestMatrices.Normal(random)).ToArray();
        var d2 = Enumerable.Range(0, 6).Select(_ => TestMatrices.Normal(random)).ToArray();
        var d3 = d1.Zip(d2, (a, b) => a - 2 * b).ToArray();
        var h = TestMatrices.WithSpectrum([1, 2, 3, 4, 5, 6], seed: 3, out _);

        var result = CriticalPointClassification.Classify(h, [d1, d2, d3, new double[6], (double[])d1.Clone()]);

        Assert.Equal(2, result.SymmetryRank);
        Assert.Equal(4, result.ComplementDimension);
    }

    [Fact]
    public void Without_directions_the_complement_is_the_whole_space()
    {
        var h = Matrix<double>.Build.DiagonalOfDiagonalArray([-2.0, 1.0, 0.0]);

        var result = CriticalPointClassification.Classify(h, []);

        Assert.Equal(0, result.SymmetryRank);
        Assert.Equal(-2.0, result.ComplementMinEigenvalue);
        Assert.Equal(-2.0, result.Witness!.RayleighQuotient, 1e-15);
        Assert.Equal((1, 1, 1), (result.PositiveCount, result.NegativeCount, result.ZeroCount));
    }

    [Fact]
    public void Zero_test_tolerances_are_reported_as_evidence()
    {
        var h = Matrix<double>.Build.DiagonalOfDiagonalArray([4.0, 1e-10, -1.0]);

        var result = CriticalPointClassification.Classify(h, []);

        Assert.Equal(1e-8, result.ZeroRelativeTolerance);
        Assert.Equal(4e-8, result.ZeroAbsoluteTolerance, 1e-22);
        Assert.Equal(1, result.ZeroCount);   // 1e−10 ≤ 1e−8·‖H‖₂
    }
}
