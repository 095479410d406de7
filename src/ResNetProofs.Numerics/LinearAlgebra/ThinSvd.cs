using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.LinearAlgebra;

/// <summary>
/// Thin singular value decomposition A = U·diag(σ)·Vᵀ of an n×c matrix, with k = min(n, c), U n×k and V c×k
/// having orthonormal columns and σ₁ ≥ … ≥ σ_k ≥ 0. Computed as a thin Householder QR of A (or Aᵀ) followed by
/// the SVD of the k×k triangular factor, so the full n×n (or c×c) orthogonal factor is never formed.
/// </summary>
internal sealed class ThinSvd
{
    private ThinSvd(Matrix<double> u, double[] singularValues, Matrix<double> v)
    {
        U = u;
        SingularValues = singularValues;
        V = v;
    }

    /// <summary>Left singular vectors, n×k.</summary>
    public Matrix<double> U { get; }

    /// <summary>σ₁ ≥ … ≥ σ_k ≥ 0.</summary>
    public double[] SingularValues { get; }

    /// <summary>Right singular vectors, c×k.</summary>
    public Matrix<double> V { get; }

    /// <summary>Decomposes <paramref name="a"/> (finite entries assumed).</summary>
    public static ThinSvd Of(Matrix<double> a)
    {
        if (a.RowCount >= a.ColumnCount)
        {
            // A = Q R, R = W Σ Zᵀ  ⇒  A = (Q W) Σ Zᵀ.
            var qr = a.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
            var svd = qr.R.Svd(computeVectors: true);
            return new ThinSvd(qr.Q * svd.U, svd.S.ToArray(), svd.VT.Transpose());
        }
        else
        {
            // Aᵀ = Q R  ⇒  A = Rᵀ Qᵀ, Rᵀ = W Σ Zᵀ  ⇒  A = W Σ (Q Z)ᵀ.
            var qr = a.Transpose().QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
            var svd = qr.R.Transpose().Svd(computeVectors: true);
            return new ThinSvd(svd.U, svd.S.ToArray(), qr.Q * svd.VT.Transpose());
        }
    }
}
