using System.Runtime.InteropServices;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.LinearAlgebra.Native;

/// <summary>
/// The native implementations behind <see cref="DenseLinearAlgebra"/>: LAPACK <c>dsyevr</c>/<c>dsyevd</c>,
/// <c>dpotrf</c> and BLAS <c>dgemm</c> on column-major copies (MathNet's dense storage is column-major, so a matrix's
/// values are passed as they are). Inputs are assumed validated (square, finite, exactly symmetric where stated).
/// </summary>
internal static class NativeDense
{
    private static byte Char(char c) => (byte)c;

    /// <summary>Eigenvalues λ_il..λ_iu (1-based, ascending) of the symmetric matrix whose column-major values are <paramref name="a"/> (destroyed), by MRRR.</summary>
    /// <exception cref="NonConvergenceException">dsyevr reported an internal failure (info &gt; 0).</exception>
    public static double[] Eigenvalues(double[] a, int n, int il, int iu) => Syevr(a, n, il, iu, vectors: false).Values;

    /// <summary>All eigenpairs of the symmetric matrix whose column-major values are <paramref name="a"/> (destroyed), by MRRR.</summary>
    /// <exception cref="NonConvergenceException">dsyevr reported an internal failure (info &gt; 0).</exception>
    public static SymmetricEigensystem Eigensystem(double[] a, int n)
    {
        var (values, z) = Syevr(a, n, 1, n, vectors: true);
        return new SymmetricEigensystem(values, Matrix<double>.Build.Dense(n, n, z));
    }

    private static (double[] Values, double[] Z) Syevr(double[] a, int n, int il, int iu, bool vectors)
    {
        bool all = il == 1 && iu == n;
        byte jobz = Char(vectors ? 'V' : 'N'), range = Char(all ? 'A' : 'I'), uplo = Char('L');
        int lda = Math.Max(1, n), ldz = Math.Max(1, n);
        double vl = 0, vu = 0, abstol = 0;
        var w = new double[Math.Max(1, n)];
        var z = vectors ? new double[ldz * (iu - il + 1)] : new double[1];
        var isuppz = new int[2 * Math.Max(1, n)];
        var workQuery = new double[1];
        var iworkQuery = new int[1];
        int lwork = -1, liwork = -1;
        LapackNative.Dsyevr(ref jobz, ref range, ref uplo, ref n, a, ref lda, ref vl, ref vu, ref il, ref iu, ref abstol, out _, w, z, ref ldz,
            isuppz, workQuery, ref lwork, iworkQuery, ref liwork, out int info, 1, 1, 1);
        Check("dsyevr (workspace query)", info);
        lwork = (int)workQuery[0];
        liwork = iworkQuery[0];
        var work = new double[lwork];
        var iwork = new int[liwork];
        LapackNative.Dsyevr(ref jobz, ref range, ref uplo, ref n, a, ref lda, ref vl, ref vu, ref il, ref iu, ref abstol, out int m, w, z, ref ldz,
            isuppz, work, ref lwork, iwork, ref liwork, out info, 1, 1, 1);
        Check("dsyevr", info);
        return (w[..m], z);
    }

    /// <summary>All eigenvalues (ascending) of the symmetric matrix whose column-major values are <paramref name="a"/> (destroyed), by divide and conquer (dsyevd, no vectors).</summary>
    /// <exception cref="NonConvergenceException">dsyevd reported an internal failure (info &gt; 0).</exception>
    public static double[] EigenvaluesDivideAndConquer(double[] a, int n)
    {
        byte jobz = Char('N'), uplo = Char('L');
        int lda = Math.Max(1, n);
        var w = new double[Math.Max(1, n)];
        var workQuery = new double[1];
        var iworkQuery = new int[1];
        int lwork = -1, liwork = -1;
        LapackNative.Dsyevd(ref jobz, ref uplo, ref n, a, ref lda, w, workQuery, ref lwork, iworkQuery, ref liwork, out int info, 1, 1);
        Check("dsyevd (workspace query)", info);
        lwork = (int)workQuery[0];
        liwork = iworkQuery[0];
        LapackNative.Dsyevd(ref jobz, ref uplo, ref n, a, ref lda, w, new double[lwork], ref lwork, new int[liwork], ref liwork, out info, 1, 1);
        Check("dsyevd", info);
        return w[..n];
    }

    /// <summary>
    /// dpotrf on the lower triangle of the column-major <paramref name="a"/> (overwritten by L): true when it reports
    /// success and every entry of L is finite (dpotrf's pivot test ajj ≤ 0 lets a NaN pivot through, so we check).
    /// </summary>
    public static bool CholeskySucceeds(double[] a, int n)
    {
        byte uplo = Char('L');
        int lda = Math.Max(1, n);
        LapackNative.Dpotrf(ref uplo, ref n, a, ref lda, out int info, 1);
        if (info != 0)
        {
            return false;
        }
        for (int j = 0; j < n; j++)
        {
            for (int i = j; i < n; i++)
            {
                if (!double.IsFinite(a[(j * n) + i]))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Singular values (descending) and all m left singular vectors of the m×n matrix whose column-major values are <paramref name="a"/> (destroyed), by dgesdd.</summary>
    /// <exception cref="NonConvergenceException">dgesdd reported an internal failure (info &gt; 0).</exception>
    public static LeftSingularSystem LeftSingular(double[] a, int m, int n)
    {
        byte jobz = Char('A');
        int lda = Math.Max(1, m), ldu = Math.Max(1, m), ldvt = Math.Max(1, n);
        int k = Math.Min(m, n);
        var s = new double[Math.Max(1, k)];
        var u = new double[ldu * m];
        var vt = new double[ldvt * n];
        var iwork = new int[8 * Math.Max(1, k)];
        var workQuery = new double[1];
        int lwork = -1;
        LapackNative.Dgesdd(ref jobz, ref m, ref n, a, ref lda, s, u, ref ldu, vt, ref ldvt, workQuery, ref lwork, iwork, out int info, 1);
        Check("dgesdd (workspace query)", info);
        lwork = (int)workQuery[0];
        LapackNative.Dgesdd(ref jobz, ref m, ref n, a, ref lda, s, u, ref ldu, vt, ref ldvt, new double[lwork], ref lwork, iwork, out info, 1);
        Check("dgesdd", info);
        return new LeftSingularSystem(s[..k], Matrix<double>.Build.Dense(m, m, u));
    }

    /// <summary>C = A·B (dgemm) for dense A (m×k) and B (k×n), both column-major.</summary>
    public static Matrix<double> Multiply(Matrix<double> a, Matrix<double> b)
    {
        int m = a.RowCount, k = a.ColumnCount, n = b.ColumnCount;
        double[] av = ColumnMajor(a), bv = ColumnMajor(b);
        var c = new double[m * n];
        byte no = Char('N');
        double alpha = 1, beta = 0;
        int lda = Math.Max(1, m), ldb = Math.Max(1, k), ldc = Math.Max(1, m);
        LapackNative.Dgemm(ref no, ref no, ref m, ref n, ref k, ref alpha, av, ref lda, bv, ref ldb, ref beta, c, ref ldc, 1, 1);
        return Matrix<double>.Build.Dense(a.RowCount, b.ColumnCount, c);
    }

    /// <summary>The thread count OpenBLAS uses per call, after setting it to <paramref name="threads"/>.</summary>
    public static int SetThreads(int threads)
    {
        LapackNative.SetNumThreads(threads);
        return LapackNative.GetNumThreads();
    }

    /// <summary>OpenBLAS's own build description, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64".</summary>
    public static string Config() => Marshal.PtrToStringAnsi(LapackNative.GetConfig())?.Trim() ?? "OpenBLAS";

    /// <summary>The column-major values of a dense matrix without copying, else a column-major copy.</summary>
    private static double[] ColumnMajor(Matrix<double> m) =>
        m.Storage is MathNet.Numerics.LinearAlgebra.Storage.DenseColumnMajorMatrixStorage<double> dense ? dense.Data : m.ToColumnMajorArray();

    private static void Check(string routine, int info)
    {
        if (info < 0)
        {
            throw new InvalidOperationException($"{routine}: argument {-info} is invalid (a bug in the binding)");
        }
        if (info > 0)
        {
            throw new NonConvergenceException($"{routine} failed to converge (info = {info})");
        }
    }
}
