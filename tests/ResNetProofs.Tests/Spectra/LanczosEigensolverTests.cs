using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Spectra;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Spectra;

public class LanczosEigensolverTests
{
    private static Action<ReadOnlySpan<double>, Span<double>> Product(Matrix<double> a)
    {
        var rows = a.ToRowMajorArray();
        int p = a.RowCount;
        return (x, y) =>
        {
            for (int i = 0; i < p; i++)
            {
                double s = 0;
                for (int j = 0; j < p; j++)
                {
                    s += rows[i * p + j] * x[j];
                }
                y[i] = s;
            }
        };
    }

    [Theory]
    [InlineData(50, 1)]
    [InlineData(120, 2)]
    [InlineData(300, 3)]
    public void Extreme_eigenvalues_of_random_symmetric_matrices_match_the_dense_solver(int p, int seed)
    {
        var a = TestMatrices.RandomSymmetric(p, seed);
        var dense = SymmetricSpectrum.Compute(a);

        var result = LanczosEigensolver.Solve(p, Product(a), seed: 100 + seed);

        Assert.True(result.Converged, $"stop {result.StopReason} after {result.Iterations}");
        double tolerance = 1e-8 * dense.Norm;
        Assert.Equal(dense.MinEigenvalue, result.Min.Value, tolerance);
        Assert.Equal(dense.MaxEigenvalue, result.Max.Value, tolerance);
    }

    [Fact]
    public void Known_spectrum_extremes_are_recovered_with_small_explicit_residuals()
    {
        var lambda = Enumerable.Range(0, 200).Select(i => -3.0 + 8.0 * i / 199).ToArray();
        var a = TestMatrices.WithSpectrum(lambda, seed: 7, out var q);

        var result = LanczosEigensolver.Solve(200, Product(a), seed: 5);

        Assert.Equal(-3.0, result.Min.Value, 1e-9);
        Assert.Equal(5.0, result.Max.Value, 1e-9);
        Assert.True(result.Min.ResidualNorm <= 1e-10 * 5.0, $"residual {result.Min.ResidualNorm}");
        // The Ritz vector for λ_min is ± the first column of Q.
        double overlap = Math.Abs(q.Column(0).DotProduct(Vector<double>.Build.DenseOfArray(result.Min.Vector)));
        Assert.Equal(1.0, overlap, 1e-6);
    }

    [Fact]
    public void Rank_one_matrix_stops_on_an_invariant_subspace()
    {
        // A = vvᵀ with ‖v‖² = 14: the Krylov space has dimension 2, λ_max = 14, λ_min = 0.
        double[] v = [1, 2, 3];
        var a = Matrix<double>.Build.Dense(3, 3, (i, j) => v[i] * v[j]);

        var result = LanczosEigensolver.Solve(3, Product(a), seed: 0);

        Assert.Equal(LanczosStopReason.InvariantSubspace, result.StopReason);
        Assert.Equal(14.0, result.Max.Value, 1e-12);
        Assert.Equal(0.0, result.Min.Value, 1e-12);
    }

    [Fact]
    public void Hessian_products_of_a_quadratic_objective_give_its_extreme_eigenvalues()
    {
        var a = TestMatrices.WithSpectrum([-1.5, 0.5, 2.0, 6.0, 1.0, 3.0], seed: 2, out _);

        var result = LanczosEigensolver.SolveHessian(new Quadratic(a), new double[6], seed: 1);

        Assert.Equal(-1.5, result.Min.Value, 1e-10);
        Assert.Equal(6.0, result.Max.Value, 1e-10);
    }

    /// <summary>F(θ) = ½ θᵀAθ, so ∇²F = A.</summary>
    private sealed class Quadratic(Matrix<double> a) : ISmoothObjective
    {
        public int Dimension => a.RowCount;

        public double Value(ReadOnlySpan<double> theta)
        {
            var t = Vector<double>.Build.DenseOfArray(theta.ToArray());
            return 0.5 * t.DotProduct(a * t);
        }

        public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            var t = Vector<double>.Build.DenseOfArray(theta.ToArray());
            var g = a * t;
            g.AsArray().CopyTo(gradient);
            return 0.5 * t.DotProduct(g);
        }

        public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result) =>
            (a * Vector<double>.Build.DenseOfArray(v.ToArray())).AsArray().CopyTo(result);

        public Matrix<double> Hessian(ReadOnlySpan<double> theta) => a.Clone();
    }
}
