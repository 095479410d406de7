using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.LinearAlgebra;

/// <summary>
/// <see cref="DenseLinearAlgebra.LeftSingular"/> on both providers: the singular values of a matrix built from known
/// ones, and the columns of U beyond the rank orthogonal to the matrix's range (the complement the classification
/// quotients by). Native cases skip where libopenblas.so.0 is absent.
/// </summary>
public class LeftSingularTests
{
    public static TheoryData<LinearAlgebraProvider> Providers => [LinearAlgebraProvider.Managed, LinearAlgebraProvider.Native];

    // A = Q₁ diag(σ) Q₂ᵀ with orthonormal Q₁ (30×4) and Q₂ (6×4): rank 4, singular values σ, two zero ones.
    private static readonly double[] Sigma = [5, 3, 2, 0.5];

    private static Matrix<double> KnownMatrix()
    {
        var rng = new Random(17);
        var q1 = Matrix<double>.Build.Dense(30, 4, (_, _) => RandomCases.Gaussian(rng)).QR().Q.SubMatrix(0, 30, 0, 4);
        var q2 = Matrix<double>.Build.Dense(6, 4, (_, _) => RandomCases.Gaussian(rng)).QR().Q.SubMatrix(0, 6, 0, 4);
        return q1 * Matrix<double>.Build.DenseOfDiagonalArray(Sigma) * q2.Transpose();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_singular_values_are_those_the_matrix_was_built_from(LinearAlgebraProvider provider)
    {
        Assert.SkipWhen(provider == LinearAlgebraProvider.Native && !DenseLinearAlgebra.NativeAvailable, $"native path unavailable: {DenseLinearAlgebra.Description}");

        var (values, vectors) = DenseLinearAlgebra.LeftSingular(KnownMatrix(), provider);

        Assert.Equal(6, values.Length);
        Assert.Equal((30, 30), (vectors.RowCount, vectors.ColumnCount));
        for (int k = 0; k < Sigma.Length; k++)
        {
            Assert.True(Math.Abs(values[k] - Sigma[k]) <= 1e-13 * Sigma[0], $"σ_{k + 1} = {values[k]:R}, expected {Sigma[k]}");
        }
        Assert.True(values[4] <= 1e-13 * Sigma[0] && values[5] <= 1e-13 * Sigma[0], $"σ_5 = {values[4]:R}, σ_6 = {values[5]:R}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_vectors_beyond_the_rank_are_orthonormal_and_orthogonal_to_the_range(LinearAlgebraProvider provider)
    {
        Assert.SkipWhen(provider == LinearAlgebraProvider.Native && !DenseLinearAlgebra.NativeAvailable, $"native path unavailable: {DenseLinearAlgebra.Description}");
        var a = KnownMatrix();

        var complement = DenseLinearAlgebra.LeftSingular(a, provider).Vectors.SubMatrix(0, 30, Sigma.Length, 30 - Sigma.Length);

        double offRange = (complement.Transpose() * a).FrobeniusNorm();
        double offOrthonormal = (complement.TransposeThisAndMultiply(complement) - Matrix<double>.Build.DenseIdentity(26)).FrobeniusNorm();
        Assert.True(offRange <= 1e-13 * Sigma[0], $"‖Cᵀ A‖_F = {offRange:R}");
        Assert.True(offOrthonormal <= 1e-13, $"‖CᵀC − I‖_F = {offOrthonormal:R}");
    }
}
