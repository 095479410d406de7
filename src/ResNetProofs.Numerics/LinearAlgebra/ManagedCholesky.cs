namespace ResNetProofs.Numerics.LinearAlgebra;

/// <summary>The managed Cholesky test of <see cref="DenseLinearAlgebra.CholeskySucceeds"/>: the standard unblocked algorithm in rounding to nearest.</summary>
internal static class ManagedCholesky
{
    /// <summary>
    /// In place on the exactly symmetric n×n array c: row i of L = Gᵀ overwrites c's row i left of and on the diagonal,
    /// l_ij = (c_ij − Σ_{k&lt;j} l_ik l_jk)/l_jj and l_ii = √(c_ii − Σ_{k&lt;i} l_ik²), sums in ascending k; true when every
    /// radicand is &gt; 0 and every l_ij is finite.
    /// </summary>
    public static bool Succeeds(double[] c, int n)
    {
        for (int i = 0; i < n; i++)
        {
            var row = c.AsSpan(i * n, n);
            for (int j = 0; j < i; j++)
            {
                var pivotRow = c.AsSpan(j * n, j + 1);
                double t = row[j];
                for (int k = 0; k < j; k++)
                {
                    t -= row[k] * pivotRow[k];
                }
                double lij = t / pivotRow[j];
                if (!double.IsFinite(lij))
                {
                    return false;
                }
                row[j] = lij;
            }
            double s = row[i];
            for (int k = 0; k < i; k++)
            {
                s -= row[k] * row[k];
            }
            if (!(s > 0) || !double.IsFinite(s))
            {
                return false;
            }
            row[i] = Math.Sqrt(s);
        }
        return true;
    }
}
