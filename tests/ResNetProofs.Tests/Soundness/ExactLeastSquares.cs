using ResNetProofs.Numerics.Data;

namespace ResNetProofs.Tests.Soundness;

/// <summary>
/// Exact linear least squares in rationals: a minimiser t of Σ(aᵢᵀt − yᵢ)² over the design rows aᵢ = xᵢ (or (xᵢ, 1) with an
/// intercept), from the normal equations AᵀA t = Aᵀy by Gauss–Jordan elimination with exact pivots (free variables of a
/// rank-deficient AᵀA set to 0). The minimum value is unique even when t is not, so R_lin is exact for duplicated columns.
/// </summary>
/// <param name="Weights">t (length d), exact.</param>
/// <param name="Bias">The intercept b (0 without one), exact.</param>
/// <param name="MeanSquaredResidual">(1/n)Σ(aᵢᵀt − yᵢ)², exact (multiply by ½ for the "half" loss).</param>
/// <param name="Rank">rank(AᵀA), exact.</param>
public sealed record ExactLeastSquares(ExactRational[] Weights, ExactRational Bias, ExactRational MeanSquaredResidual, int Rank)
{
    /// <summary>Solves min_{t(,b)} (1/n)Σ(tᵀxᵢ (+ b) − yᵢ)² exactly.</summary>
    public static ExactLeastSquares Solve(Dataset data, bool withBias)
    {
        ArgumentNullException.ThrowIfNull(data);
        int n = data.Count, d = data.Dimension, m = d + (withBias ? 1 : 0);
        var rows = new ExactRational[n][];
        var y = new ExactRational[n];
        for (int i = 0; i < n; i++)
        {
            var x = data.Input(i);
            rows[i] = new ExactRational[m];
            for (int k = 0; k < d; k++)
            {
                rows[i][k] = ExactRational.FromDouble(x[k]);
            }
            if (withBias)
            {
                rows[i][d] = ExactRational.One;
            }
            y[i] = ExactRational.FromDouble(data.Target(i));
        }
        // Augmented normal equations [AᵀA | Aᵀy].
        var a = new ExactRational[m][];
        for (int r = 0; r < m; r++)
        {
            a[r] = new ExactRational[m + 1];
            for (int c = 0; c <= m; c++)
            {
                var s = ExactRational.Zero;
                for (int i = 0; i < n; i++)
                {
                    s += rows[i][r] * (c < m ? rows[i][c] : y[i]);
                }
                a[r][c] = s;
            }
        }
        var pivotColumns = new List<int>();
        int row = 0;
        for (int col = 0; col < m && row < m; col++)
        {
            int pivot = Enumerable.Range(row, m - row).FirstOrDefault(r => !a[r][col].IsZero, -1);
            if (pivot < 0)
            {
                continue;
            }
            (a[row], a[pivot]) = (a[pivot], a[row]);
            var inv = ExactRational.One / a[row][col];
            for (int c = 0; c <= m; c++)
            {
                a[row][c] *= inv;
            }
            for (int r = 0; r < m; r++)
            {
                if (r != row && !a[r][col].IsZero)
                {
                    var f = a[r][col];
                    for (int c = 0; c <= m; c++)
                    {
                        a[r][c] -= f * a[row][c];
                    }
                }
            }
            pivotColumns.Add(col);
            row++;
        }
        var t = Enumerable.Repeat(ExactRational.Zero, m).ToArray();
        for (int k = 0; k < pivotColumns.Count; k++)
        {
            t[pivotColumns[k]] = a[k][m];
        }
        var sum = ExactRational.Zero;
        for (int i = 0; i < n; i++)
        {
            var p = ExactRational.Zero;
            for (int k = 0; k < m; k++)
            {
                p += rows[i][k] * t[k];
            }
            sum += (p - y[i]) * (p - y[i]);
        }
        return new ExactLeastSquares(t[..d], withBias ? t[d] : ExactRational.Zero, sum / ExactRational.FromInteger(n), pivotColumns.Count);
    }
}
