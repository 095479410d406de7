using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.LinearAlgebra.Native;

namespace ResNetProofs.Numerics.LinearAlgebra;

/// <summary>
/// The one door to dense O(P³) linear algebra: symmetric eigenvalues and eigenvectors, the Cholesky test and the
/// matrix product, run by LAPACK/BLAS in <c>libopenblas.so.0</c> when it loads at start-up (and
/// <see cref="ProviderVariable"/> is not <c>managed</c>), else by MathNet's managed code. Both return the same
/// results to rounding. OpenBLAS runs <see cref="Threads"/> threads per call (default 1, so hunt workers never
/// oversubscribe the cores).
/// </summary>
public static class DenseLinearAlgebra
{
    /// <summary>Environment variable that forces the managed path when set to <c>managed</c> (any case).</summary>
    public const string ProviderVariable = "RESNETPROOFS_LINEAR_ALGEBRA";

    /// <summary>Environment variable with OpenBLAS's thread count per call (a positive integer; default 1).</summary>
    public const string ThreadsVariable = "RESNETPROOFS_BLAS_THREADS";

    private static readonly Lazy<(LinearAlgebraProvider Provider, bool Available, int Threads, string Description)> State = new(Initialise);

    /// <summary>The provider every call without an explicit one uses (fixed for the process).</summary>
    public static LinearAlgebraProvider Provider => State.Value.Provider;

    /// <summary>True when <c>libopenblas.so.0</c> loaded with every symbol we bind (whether or not it is used by default).</summary>
    public static bool NativeAvailable => State.Value.Available;

    /// <summary>OpenBLAS's threads per call as it reports them (0 on the managed path, which runs on the calling thread).</summary>
    public static int Threads => State.Value.Threads;

    /// <summary>One line naming the provider, e.g. "native: OpenBLAS 0.3.21 … (libopenblas.so.0), 1 thread" or "managed: MathNet.Numerics (…)".</summary>
    public static string Description => State.Value.Description;

    /// <summary>The provider for a value of <see cref="ProviderVariable"/> and the library's availability: Managed when forced or absent, else Native.</summary>
    public static LinearAlgebraProvider Choose(string? variable, bool nativeAvailable) =>
        nativeAvailable && !string.Equals(variable?.Trim(), "managed", StringComparison.OrdinalIgnoreCase)
            ? LinearAlgebraProvider.Native : LinearAlgebraProvider.Managed;

    /// <summary>
    /// All eigenpairs of the symmetric P×P matrix A (only its lower triangle is read on the native path, dsyevr;
    /// MathNet's symmetric Evd on the managed one), eigenvalues ascending.
    /// </summary>
    /// <exception cref="ArgumentException">A is not square.</exception>
    /// <exception cref="NonConvergenceException">The eigensolver did not converge.</exception>
    public static SymmetricEigensystem SymmetricEigen(Matrix<double> a, LinearAlgebraProvider? provider = null)
    {
        int n = Square(a);
        if (Resolve(provider) == LinearAlgebraProvider.Native)
        {
            return NativeDense.Eigensystem(a.ToColumnMajorArray(), n);
        }
        var evd = a.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, n).OrderBy(j => evd.EigenValues[j].Real).ToArray();
        var vectors = Matrix<double>.Build.Dense(n, n, (i, k) => evd.EigenVectors[i, order[k]]);
        return new SymmetricEigensystem(order.Select(j => evd.EigenValues[j].Real).ToArray(), vectors);
    }

    /// <summary>All eigenvalues of the symmetric matrix A in ascending order, without eigenvectors (native: dsyevr, values only).</summary>
    /// <exception cref="ArgumentException">A is not square.</exception>
    /// <exception cref="NonConvergenceException">The eigensolver did not converge.</exception>
    public static double[] SymmetricEigenvalues(Matrix<double> a, LinearAlgebraProvider? provider = null)
    {
        int n = Square(a);
        if (Resolve(provider) == LinearAlgebraProvider.Native)
        {
            return NativeDense.Eigenvalues(a.ToColumnMajorArray(), n, 1, n);
        }
        var values = a.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        Array.Sort(values);
        return values;
    }

    /// <summary>λ_min of the symmetric matrix A (native: dsyevr for the first eigenvalue only; managed: the full Evd); +∞ for P = 0.</summary>
    /// <exception cref="ArgumentException">A is not square.</exception>
    /// <exception cref="NonConvergenceException">The eigensolver did not converge.</exception>
    public static double SymmetricMinEigenvalue(Matrix<double> a, LinearAlgebraProvider? provider = null)
    {
        int n = Square(a);
        if (n == 0)
        {
            return double.PositiveInfinity;
        }
        return Resolve(provider) == LinearAlgebraProvider.Native
            ? NativeDense.Eigenvalues(a.ToColumnMajorArray(), n, 1, 1)[0]
            : SymmetricEigenvalues(a, LinearAlgebraProvider.Managed)[0];
    }

    /// <summary>
    /// All eigenvalues of the symmetric matrix A by LAPACK's divide-and-conquer driver dsyevd (values only): the
    /// reference time NumPy's <c>eigvalsh</c> spends. Native only.
    /// </summary>
    /// <exception cref="InvalidOperationException">The native library is not available.</exception>
    public static double[] SymmetricEigenvaluesDivideAndConquer(Matrix<double> a)
    {
        int n = Square(a);
        Resolve(LinearAlgebraProvider.Native);
        return NativeDense.EigenvaluesDivideAndConquer(a.ToColumnMajorArray(), n);
    }

    /// <summary>
    /// Runs a standard floating-point Cholesky C = GᵀG on the exactly symmetric n×n matrix whose values (column-major,
    /// equal to row-major by symmetry) are <paramref name="c"/>, which is destroyed; true when every pivot is &gt; 0 and
    /// every entry of G finite. Native: dpotrf (blocked, recursive, reciprocal-scaled; see
    /// <see cref="Enclosures.CertifiedEigenvalues.ProvePositiveDefinite"/> for why its rounding obeys the same bound);
    /// managed: the unblocked dot-product form, G's rows contiguous.
    /// </summary>
    /// <exception cref="ArgumentException">c.Length ≠ n².</exception>
    public static bool CholeskySucceeds(double[] c, int n, LinearAlgebraProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Length != n * n)
        {
            throw new ArgumentException($"c has length {c.Length}, expected n² = {n * n}", nameof(c));
        }
        return Resolve(provider) == LinearAlgebraProvider.Native ? NativeDense.CholeskySucceeds(c, n) : ManagedCholesky.Succeeds(c, n);
    }

    /// <summary>
    /// The singular values σ_1 ≥ … ≥ σ_min(m,n) of the m×n matrix A and all m left singular vectors (U, m×m orthogonal to
    /// rounding; columns beyond the rank span the orthogonal complement of A's range). Native: dgesdd; managed: MathNet's SVD.
    /// </summary>
    /// <exception cref="NonConvergenceException">The SVD did not converge.</exception>
    public static LeftSingularSystem LeftSingular(Matrix<double> a, LinearAlgebraProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (Resolve(provider) == LinearAlgebraProvider.Native && a.RowCount > 0 && a.ColumnCount > 0)
        {
            return NativeDense.LeftSingular(a.ToColumnMajorArray(), a.RowCount, a.ColumnCount);
        }
        var svd = a.Svd(computeVectors: true);
        return new LeftSingularSystem(svd.S.ToArray(), svd.U);
    }

    /// <summary>A·B (native: dgemm; managed: MathNet's product).</summary>
    /// <exception cref="ArgumentException">The inner dimensions differ.</exception>
    public static Matrix<double> Multiply(Matrix<double> a, Matrix<double> b, LinearAlgebraProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.ColumnCount != b.RowCount)
        {
            throw new ArgumentException($"A is {a.RowCount}×{a.ColumnCount} and B is {b.RowCount}×{b.ColumnCount}: inner dimensions differ", nameof(b));
        }
        return Resolve(provider) == LinearAlgebraProvider.Native && a.RowCount > 0 && b.ColumnCount > 0 && a.ColumnCount > 0
            ? NativeDense.Multiply(a, b) : a * b;
    }

    private static LinearAlgebraProvider Resolve(LinearAlgebraProvider? provider)
    {
        var chosen = provider ?? Provider;
        if (chosen == LinearAlgebraProvider.Native && !NativeAvailable)
        {
            throw new InvalidOperationException($"the native provider was requested but {State.Value.Description}");
        }
        return chosen;
    }

    private static int Square(Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.RowCount != a.ColumnCount)
        {
            throw new ArgumentException($"the matrix is {a.RowCount}×{a.ColumnCount}: need a square matrix", nameof(a));
        }
        return a.RowCount;
    }

    private static (LinearAlgebraProvider, bool, int, string) Initialise()
    {
        bool available = NativeLibraryProbe.TryLoad(out string why);
        var provider = Choose(Environment.GetEnvironmentVariable(ProviderVariable), available);
        if (provider == LinearAlgebraProvider.Managed)
        {
            string reason = available ? $"{ProviderVariable}=managed" : why;
            return (provider, available, 0, $"managed: MathNet.Numerics {typeof(Control).Assembly.GetName().Version} ({reason})");
        }
        int requested = int.TryParse(Environment.GetEnvironmentVariable(ThreadsVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out int t) && t > 0 ? t : 1;
        int threads = NativeDense.SetThreads(requested);
        string plural = threads == 1 ? "thread" : "threads";
        return (provider, available, threads, $"native: {NativeDense.Config()} ({LapackNative.Library}), {threads} {plural}");
    }
}
