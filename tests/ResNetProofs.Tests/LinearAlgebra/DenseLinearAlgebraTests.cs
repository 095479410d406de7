using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.LinearAlgebra;

/// <summary>
/// Both providers of <see cref="DenseLinearAlgebra"/> against closed forms, and against each other on the same
/// matrices. Each test names the provider it forces; the native ones skip (with the reason) where libopenblas.so.0 is absent.
/// </summary>
public class DenseLinearAlgebraTests
{
    public static TheoryData<LinearAlgebraProvider> Providers => [LinearAlgebraProvider.Managed, LinearAlgebraProvider.Native];

    private static void RequireAvailable(LinearAlgebraProvider provider) =>
        Assert.SkipWhen(provider == LinearAlgebraProvider.Native && !DenseLinearAlgebra.NativeAvailable, $"native path unavailable: {DenseLinearAlgebra.Description}");

    [Fact]
    public void The_variable_set_to_managed_forces_the_managed_path_even_with_the_library_present() =>
        Assert.Equal(LinearAlgebraProvider.Managed, DenseLinearAlgebra.Choose("Managed", nativeAvailable: true));

    [Fact]
    public void Without_the_library_the_managed_path_runs_whatever_the_variable_says() =>
        Assert.Equal(LinearAlgebraProvider.Managed, DenseLinearAlgebra.Choose(null, nativeAvailable: false));

    [Fact]
    public void With_the_library_and_no_variable_the_native_path_runs() =>
        Assert.Equal(LinearAlgebraProvider.Native, DenseLinearAlgebra.Choose(null, nativeAvailable: true));

    [Fact]
    public void The_description_names_the_provider_in_use() =>
        Assert.StartsWith(DenseLinearAlgebra.Provider == LinearAlgebraProvider.Native ? "native: " : "managed: ", DenseLinearAlgebra.Description);

    [Fact]
    public void The_native_path_runs_one_openblas_thread_per_call_by_default()
    {
        Assert.SkipUnless(DenseLinearAlgebra.Provider == LinearAlgebraProvider.Native, $"native path not in use: {DenseLinearAlgebra.Description}");
        Assert.SkipWhen(Environment.GetEnvironmentVariable(DenseLinearAlgebra.ThreadsVariable) is not null, $"{DenseLinearAlgebra.ThreadsVariable} is set");
        Assert.Equal(1, DenseLinearAlgebra.Threads);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Eigenvalues_of_the_second_difference_matrix_are_2_minus_2cos_k_pi_over_n_plus_1(LinearAlgebraProvider provider)
    {
        RequireAvailable(provider);
        const int n = 40;
        var a = Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? 2.0 : Math.Abs(i - j) == 1 ? -1.0 : 0.0);

        double[] values = DenseLinearAlgebra.SymmetricEigenvalues(a, provider);

        var expected = Enumerable.Range(1, n).Select(k => 2 - 2 * Math.Cos(k * Math.PI / (n + 1))).ToArray();
        Assert.All(Enumerable.Range(0, n), k => Assert.Equal(expected[k], values[k], 1e-13));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_eigensystem_reproduces_a_matrix_of_known_spectrum(LinearAlgebraProvider provider)
    {
        RequireAvailable(provider);
        var a = TestMatrices.WithSpectrum([3.0, -1.0, 0.5, 2.0, -4.0], seed: 11, out _);
        var sym = (a + a.Transpose()) * 0.5;

        var (values, vectors) = DenseLinearAlgebra.SymmetricEigen(sym, provider);

        Assert.Equal([-4.0, -1.0, 0.5, 2.0, 3.0], values.Select(v => Math.Round(v, 12)));
        double residual = (sym * vectors - vectors * Matrix<double>.Build.DenseOfDiagonalArray(values)).FrobeniusNorm();
        Assert.True(residual < 1e-13, $"‖AV − VΛ‖_F = {residual}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_smallest_eigenvalue_alone_is_the_first_of_all_eigenvalues(LinearAlgebraProvider provider)
    {
        RequireAvailable(provider);
        var a = TestMatrices.WithSpectrum([3.0, -1.0, 0.5, 2.0, -4.0, 7.0], seed: 5, out _);
        var sym = (a + a.Transpose()) * 0.5;

        Assert.Equal(-4.0, DenseLinearAlgebra.SymmetricMinEigenvalue(sym, provider), 1e-13);
    }

    [Fact]
    public void Native_and_managed_eigenvalues_agree_to_rounding_on_the_same_random_matrices()
    {
        RequireAvailable(LinearAlgebraProvider.Native);
        foreach (int n in new[] { 1, 7, 64, 150 })
        {
            var a = TestMatrices.RandomSymmetric(n, seed: n);
            double[] native = DenseLinearAlgebra.SymmetricEigenvalues(a, LinearAlgebraProvider.Native);
            double[] managed = DenseLinearAlgebra.SymmetricEigenvalues(a, LinearAlgebraProvider.Managed);
            // Both are backward stable: each λ̂ is within O(n·u·‖A‖₂) of the exact one (Weyl); 16·n·u·‖A‖_F is generous.
            double bound = 16 * n * 1.1102230246251565e-16 * a.FrobeniusNorm();
            Assert.All(Enumerable.Range(0, n), k => Assert.True(Math.Abs(native[k] - managed[k]) <= bound, $"n = {n}, k = {k}: {native[k]} vs {managed[k]}"));
        }
    }

    [Fact]
    public void Native_and_managed_products_agree_to_rounding()
    {
        RequireAvailable(LinearAlgebraProvider.Native);
        var random = new Random(3);
        var a = TestMatrices.Gaussian(37, 53, random);
        var b = TestMatrices.Gaussian(53, 29, random);

        var native = DenseLinearAlgebra.Multiply(a, b, LinearAlgebraProvider.Native);
        var managed = DenseLinearAlgebra.Multiply(a, b, LinearAlgebraProvider.Managed);

        // |fl(AB) − AB| ≤ γ_k |A||B| entrywise, k = 53.
        double bound = 2 * 53 * 1.1102230246251565e-16 * (a.PointwiseAbs() * b.PointwiseAbs()).Enumerate().Max();
        Assert.True((native - managed).Enumerate().Max(Math.Abs) <= bound);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Cholesky_succeeds_on_a_positive_definite_matrix_and_fails_once_it_is_shifted_past_its_smallest_eigenvalue(LinearAlgebraProvider provider)
    {
        RequireAvailable(provider);
        var a = TestMatrices.WithSpectrum([0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 9.0], seed: 2, out _);
        var sym = (a + a.Transpose()) * 0.5;

        Assert.True(DenseLinearAlgebra.CholeskySucceeds(Shifted(sym, 0.49), 8, provider));
        Assert.False(DenseLinearAlgebra.CholeskySucceeds(Shifted(sym, 0.51), 8, provider));
    }

    [Fact]
    public void Native_and_managed_cholesky_decide_alike_on_random_shifts()
    {
        RequireAvailable(LinearAlgebraProvider.Native);
        var a = TestMatrices.RandomSymmetric(120, seed: 9);
        double min = DenseLinearAlgebra.SymmetricMinEigenvalue(a, LinearAlgebraProvider.Managed);
        foreach (double offset in new[] { -1e-3, -1e-6, 1e-6, 1e-3 })
        {
            bool native = DenseLinearAlgebra.CholeskySucceeds(Shifted(a, min + offset), 120, LinearAlgebraProvider.Native);
            bool managed = DenseLinearAlgebra.CholeskySucceeds(Shifted(a, min + offset), 120, LinearAlgebraProvider.Managed);
            Assert.Equal(offset < 0, native);
            Assert.Equal(native, managed);
        }
    }

    [Fact]
    public void Concurrent_native_calls_from_hunt_workers_return_what_one_call_returns()
    {
        RequireAvailable(LinearAlgebraProvider.Native);
        var a = TestMatrices.RandomSymmetric(200, seed: 4);
        double[] alone = DenseLinearAlgebra.SymmetricEigenvalues(a, LinearAlgebraProvider.Native);

        var results = new double[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => results[i] = DenseLinearAlgebra.SymmetricEigenvalues(a, LinearAlgebraProvider.Native));

        // One OpenBLAS thread per call runs the same kernels in the same order: bitwise equal unless calls interfere.
        Assert.All(results, r => Assert.Equal(alone, r));
    }

    /// <summary>The values of A − s·I (row-major = column-major for symmetric A).</summary>
    private static double[] Shifted(Matrix<double> a, double s) =>
        (a - s * Matrix<double>.Build.DenseIdentity(a.RowCount)).ToColumnMajorArray();
}
