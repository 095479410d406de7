using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Tests.Support;

/// <summary>Seeded random matrices for tests: Gaussian entries (Box–Muller on System.Random), orthogonal Q, and Q diag(λ) Qᵀ.</summary>
internal static class TestMatrices
{
    public static double Normal(Random random) => StandardNormal.Draw(random);

    public static Matrix<double> Gaussian(int rows, int cols, Random random) =>
        Matrix<double>.Build.Dense(rows, cols, (_, _) => Normal(random));

    /// <summary>(G + Gᵀ)/2 with G Gaussian.</summary>
    public static Matrix<double> RandomSymmetric(int p, int seed)
    {
        var g = Gaussian(p, p, new Random(seed));
        return 0.5 * (g + g.Transpose());
    }

    /// <summary>The Q factor of a Gaussian matrix (orthogonal).</summary>
    public static Matrix<double> RandomOrthogonal(int p, int seed) => Gaussian(p, p, new Random(seed)).QR().Q;

    /// <summary>Q diag(λ) Qᵀ for a seeded random orthogonal Q, symmetrised exactly.</summary>
    public static Matrix<double> WithSpectrum(double[] eigenvalues, int seed, out Matrix<double> q)
    {
        q = RandomOrthogonal(eigenvalues.Length, seed);
        var a = q * Matrix<double>.Build.DiagonalOfDiagonalArray(eigenvalues) * q.Transpose();
        return 0.5 * (a + a.Transpose());
    }
}
