using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Spectra;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Spectra;

public class SymmetricSpectrumTests
{
    [Fact]
    public void Eigenvalues_of_Q_diag_QT_are_recovered_in_ascending_order_within_their_bounds()
    {
        double[] lambda = [4.0, -2.5, 0.0, 1e-3, 7.25, -0.5, 3.0, 3.0];
        var a = TestMatrices.WithSpectrum(lambda, seed: 1, out _);
        var expected = lambda.Order().ToArray();

        var result = SymmetricSpectrum.Compute(a);

        for (int j = 0; j < expected.Length; j++)
        {
            Assert.True(Math.Abs(result.Eigenvalues[j] - expected[j]) <= result.ErrorBounds[j], $"λ_{j}: {result.Eigenvalues[j]} vs {expected[j]} (bound {result.ErrorBounds[j]})");
            Assert.True(result.ErrorBounds[j] <= 1e-12, $"bound {result.ErrorBounds[j]}");
        }
        Assert.Equal(-2.5, result.MinEigenvalue, 1e-12);
        Assert.Equal(7.25, result.MaxEigenvalue, 1e-12);
    }

    [Fact]
    public void Witness_for_a_negative_eigenvalue_has_a_negative_re_evaluated_Rayleigh_quotient()
    {
        double[] lambda = [-0.75, 1.0, 2.0, 3.0, 0.0];
        var a = TestMatrices.WithSpectrum(lambda, seed: 4, out _);

        var witness = SymmetricSpectrum.Compute(a).Witness;

        Assert.NotNull(witness);
        Assert.True(witness.IsCertifiedNegative);
        Assert.Equal(-0.75, witness.RayleighQuotient, 1e-12);
        Assert.Equal(1.0, Math.Sqrt(witness.Vector.Sum(v => v * v)), 1e-14);
    }

    [Fact]
    public void Positive_semidefinite_matrix_has_no_witness()
    {
        var a = TestMatrices.WithSpectrum([0.5, 1.0, 2.0], seed: 9, out _);

        Assert.Null(SymmetricSpectrum.Compute(a).Witness);
    }

    [Fact]
    public void Asymmetry_is_the_relative_Frobenius_norm_of_A_minus_AT()
    {
        // A = [[1, 2], [0, 1]]: ‖A − Aᵀ‖_F = √8, ‖A‖_F = √6.
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 0, 1 } });

        var result = SymmetricSpectrum.Compute(a);

        Assert.Equal(Math.Sqrt(8.0 / 6.0), result.Asymmetry, 1e-15);
        Assert.Equal(0.0, result.MinEigenvalue, 1e-15);   // ½(A + Aᵀ) = [[1, 1], [1, 1]]: eigenvalues 0 and 2.
        Assert.Equal(2.0, result.MaxEigenvalue, 1e-15);
    }

    [Fact]
    public void Non_finite_entry_is_rejected_with_its_position()
    {
        var a = Matrix<double>.Build.Dense(3, 3);
        a[1, 2] = double.NaN;

        var error = Assert.Throws<ArgumentException>(() => SymmetricSpectrum.Compute(a));

        Assert.Contains("A[1,2]", error.Message, StringComparison.Ordinal);
    }
}
