using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Spectra;

/// <summary>
/// Dense symmetric eigendecomposition A_sym = ½(A + Aᵀ) = V Λ Vᵀ (<see cref="DenseLinearAlgebra.SymmetricEigen"/>: LAPACK dsyevr or MathNet's Evd) with a per-eigenvalue error bound
/// |λ̂_j − λ| ≤ ‖A_sym v̂_j − λ̂_j v̂_j‖₂ + P·u·‖A_sym‖₂ (for some eigenvalue λ, by the symmetric residual theorem).
/// </summary>
public static class SymmetricSpectrum
{
    /// <summary>Largest P handled densely: O(P³) work and O(P²) memory; beyond it use <see cref="LanczosEigensolver"/>.</summary>
    public const int DenseLimit = 3000;

    /// <summary>
    /// All eigenvalues of ½(A + Aᵀ) in ascending order with error bounds, the asymmetry ‖A − Aᵀ‖_F/‖A‖_F, and a witness
    /// (unit eigenvector, vᵀAv re-evaluated) when λ̂_min &lt; 0.
    /// </summary>
    /// <exception cref="ArgumentException">A is empty, not square, larger than <see cref="DenseLimit"/>, or has a NaN/∞ entry (named by row and column).</exception>
    public static SymmetricSpectrumResult Compute(Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        int p = a.RowCount;
        if (p == 0 || a.ColumnCount != p)
        {
            throw new ArgumentException($"the matrix is {a.RowCount}×{a.ColumnCount}: need a non-empty square matrix", nameof(a));
        }
        if (p > DenseLimit)
        {
            throw new ArgumentException($"P = {p} exceeds the dense limit {DenseLimit}: use LanczosEigensolver for extreme eigenvalues", nameof(a));
        }
        for (int i = 0; i < p; i++)
        {
            for (int j = 0; j < p; j++)
            {
                if (!double.IsFinite(a[i, j]))
                {
                    throw new ArgumentException($"A[{i},{j}] is {a[i, j]}: entries must be finite", nameof(a));
                }
            }
        }

        var transpose = a.Transpose();
        double normF = a.FrobeniusNorm();
        double asymmetry = normF == 0 ? 0.0 : (a - transpose).FrobeniusNorm() / normF;
        var sym = (0.5 * a) + (0.5 * transpose);

        var (values, vectors) = DenseLinearAlgebra.SymmetricEigen(sym);

        double norm = values.Max(Math.Abs);
        double floor = p * Tolerances.UnitRoundoff * norm;
        var product = DenseLinearAlgebra.Multiply(sym, vectors);
        var bounds = new double[p];
        for (int k = 0; k < p; k++)
        {
            double r2 = 0, v2 = 0;
            for (int i = 0; i < p; i++)
            {
                double v = vectors[i, k], r = product[i, k] - values[k] * v;
                r2 += r * r;
                v2 += v * v;
            }
            bounds[k] = Math.Sqrt(r2 / v2) + floor;
        }

        EigenWitness? witness = values[0] < 0 ? EigenWitness.FromVector(a, vectors.Column(0).ToArray()) : null;
        return new SymmetricSpectrumResult
        {
            Dimension = p,
            Eigenvalues = values,
            ErrorBounds = bounds,
            MinEigenvalue = values[0],
            MaxEigenvalue = values[p - 1],
            Norm = norm,
            RoundoffFloor = floor,
            Asymmetry = asymmetry,
            Witness = witness,
            EigenvectorMatrix = vectors,
        };
    }
}
