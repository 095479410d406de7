using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Models;

/// <summary>
/// The column space of [U_2ᵀ … U_Lᵀ] (d × Σ_{l≥2} m_l) of a deep ResNet: its numerical rank (singular values above
/// <see cref="Tolerances.RankThreshold"/>), the singular values, and the gap. Yun et al.'s "parameter coverage"
/// asks rank &lt; d; it holds trivially when L = 1 (an empty matrix has rank 0).
/// </summary>
/// <param name="Rank">Numerical rank r.</param>
/// <param name="Dimension">d.</param>
/// <param name="SingularValues">σ_1 ≥ … (empty when L = 1).</param>
/// <param name="Threshold">The rank threshold max(d, Σm)·u·σ_max used.</param>
public sealed record ProjectionSpan(int Rank, int Dimension, IReadOnlyList<double> SingularValues, double Threshold)
{
    /// <summary>σ_d, the d-th singular value (0 if fewer than d): how far the span is from all of R^d.</summary>
    public double SmallestCoveringSingularValue => SingularValues.Count >= Dimension ? SingularValues[Dimension - 1] : 0.0;

    /// <summary>Computes the span of [U_2ᵀ … U_Lᵀ] at θ.</summary>
    public static ProjectionSpan Of(DeepResNet model, ReadOnlySpan<double> theta)
    {
        int d = model.InputDimension;
        int columns = 0;
        for (int l = 2; l <= model.Depth; l++)
        {
            columns += model.U(l).Rows;
        }
        if (columns == 0)
        {
            return new ProjectionSpan(0, d, [], 0.0);
        }
        var stacked = Matrix<double>.Build.Dense(d, columns);
        int offset = 0;
        for (int l = 2; l <= model.Depth; l++)
        {
            var u = model.U(l).ToMatrix(theta);
            stacked.SetSubMatrix(0, offset, u.Transpose());
            offset += u.RowCount;
        }
        var sigma = stacked.Svd(computeVectors: false).S.ToArray();
        double threshold = Tolerances.RankThreshold(d, columns, sigma.Length > 0 ? sigma[0] : 0.0);
        int rank = sigma.Count(s => s > threshold);
        return new ProjectionSpan(rank, d, sigma, threshold);
    }
}
