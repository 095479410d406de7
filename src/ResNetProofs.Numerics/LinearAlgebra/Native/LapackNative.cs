using System.Runtime.InteropServices;

namespace ResNetProofs.Numerics.LinearAlgebra.Native;

/// <summary>
/// P/Invoke bindings to the Fortran LAPACK/BLAS symbols of OpenBLAS (<c>libopenblas.so.0</c>, Debian's
/// <c>libopenblas0</c>): every argument by reference, matrices column-major, character arguments followed by their
/// hidden Fortran lengths (gfortran ABI, <c>size_t</c>). Call only after <see cref="NativeLibraryProbe.TryLoad"/> succeeded.
/// </summary>
internal static class LapackNative
{
    /// <summary>The shared object's soname.</summary>
    public const string Library = "libopenblas.so.0";

    /// <summary>Symmetric eigenvalues (and optionally vectors) by MRRR: jobz 'N'/'V', range 'A' (all) or 'I' (il..iu), uplo 'L'/'U'.</summary>
    [DllImport(Library, EntryPoint = "dsyevr_", ExactSpelling = true)]
    public static extern void Dsyevr(ref byte jobz, ref byte range, ref byte uplo, ref int n, double[] a, ref int lda,
        ref double vl, ref double vu, ref int il, ref int iu, ref double abstol, out int m, double[] w, double[] z, ref int ldz,
        int[] isuppz, double[] work, ref int lwork, int[] iwork, ref int liwork, out int info, nuint jobzLength, nuint rangeLength, nuint uploLength);

    /// <summary>Symmetric eigenvalues (and optionally vectors) by divide and conquer: jobz 'N'/'V', uplo 'L'/'U'.</summary>
    [DllImport(Library, EntryPoint = "dsyevd_", ExactSpelling = true)]
    public static extern void Dsyevd(ref byte jobz, ref byte uplo, ref int n, double[] a, ref int lda, double[] w,
        double[] work, ref int lwork, int[] iwork, ref int liwork, out int info, nuint jobzLength, nuint uploLength);

    /// <summary>Cholesky A = LLᵀ (uplo 'L') in place; info &gt; 0 when the leading minor of that order is not positive definite.</summary>
    [DllImport(Library, EntryPoint = "dpotrf_", ExactSpelling = true)]
    public static extern void Dpotrf(ref byte uplo, ref int n, double[] a, ref int lda, out int info, nuint uploLength);

    /// <summary>Singular value decomposition A = U Σ Vᵀ by divide and conquer: jobz 'A' (all of U and Vᵀ), 'S', 'O' or 'N'.</summary>
    [DllImport(Library, EntryPoint = "dgesdd_", ExactSpelling = true)]
    public static extern void Dgesdd(ref byte jobz, ref int m, ref int n, double[] a, ref int lda, double[] s, double[] u, ref int ldu,
        double[] vt, ref int ldvt, double[] work, ref int lwork, int[] iwork, out int info, nuint jobzLength);

    /// <summary>C ← α·op(A)·op(B) + β·C.</summary>
    [DllImport(Library, EntryPoint = "dgemm_", ExactSpelling = true)]
    public static extern void Dgemm(ref byte transa, ref byte transb, ref int m, ref int n, ref int k, ref double alpha,
        double[] a, ref int lda, double[] b, ref int ldb, ref double beta, double[] c, ref int ldc, nuint transaLength, nuint transbLength);

    /// <summary>Sets the number of threads OpenBLAS uses for one call (process-wide).</summary>
    [DllImport(Library, EntryPoint = "openblas_set_num_threads", ExactSpelling = true)]
    public static extern void SetNumThreads(int threads);

    /// <summary>The number of threads OpenBLAS uses for one call.</summary>
    [DllImport(Library, EntryPoint = "openblas_get_num_threads", ExactSpelling = true)]
    public static extern int GetNumThreads();

    /// <summary>OpenBLAS's build description (version, target, threading), a static C string.</summary>
    [DllImport(Library, EntryPoint = "openblas_get_config", ExactSpelling = true)]
    public static extern IntPtr GetConfig();
}
