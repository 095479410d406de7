using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Enclosures;

public class CertifiedEigenvaluesTests
{
    /// <summary>λ_min of the order-8 Hilbert matrix (exact entries 1/(i+j+1)), from a 40-digit mpmath eigsy run.</summary>
    private const double Hilbert8MinEigenvalue = 1.111538966372442e-10;

    private static Matrix<double> Dense(double[,] a) => Matrix<double>.Build.DenseOfArray(a);

    /// <summary>Q·diag(λ)·Q with Q = I − ½·vvᵀ, v = (1, 1, 1, 1): Q is orthogonal and symmetric with entries ±½, so for
    /// small integer λ every product and sum is exact in binary64 and the spectrum of the double matrix is exactly λ.</summary>
    private static Matrix<double> Rotated(double[] lambda)
    {
        var q = Matrix<double>.Build.Dense(4, 4, (i, j) => (i == j ? 1.0 : 0.0) - 0.5);
        return q * Matrix<double>.Build.DenseOfDiagonalArray(lambda) * q;
    }

    private static Matrix<double> RandomSymmetric(int n, int seed)
    {
        var random = new Random(seed);
        var a = Matrix<double>.Build.Dense(n, n);
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double x = TestMatrices.Normal(random);
                a[i, j] = x;
                a[j, i] = x;
            }
        }
        return a;
    }

    [Fact]
    public void Diagonal_matrix_is_proved_above_but_never_at_its_smallest_eigenvalue()
    {
        var a = Matrix<double>.Build.DenseOfDiagonalArray([1.0, 2.0, 3.0, 4.0]);

        Assert.True(CertifiedEigenvalues.ProvePositiveDefinite(a, 0.999999));
        Assert.False(CertifiedEigenvalues.ProvePositiveDefinite(a, 1.0));
        double lower = CertifiedEigenvalues.LowerBoundMinEigenvalue(IntervalMatrix.FromPoint(a));
        double upper = CertifiedEigenvalues.UpperBoundMaxEigenvalue(IntervalMatrix.FromPoint(a));
        Assert.InRange(lower, 1 - 1e-14, 1.0);
        Assert.InRange(upper, 4.0, 4 + 1e-14);
    }

    [Fact]
    public void Exactly_rotated_matrix_has_bounds_on_the_right_side_of_its_known_spectrum()
    {
        var a = Rotated([-2.0, 0.5, 3.0, 7.0]);
        Assert.NotEqual(0.0, a[0, 1]); // really rotated, not diagonal

        double lower = CertifiedEigenvalues.LowerBoundMinEigenvalue(IntervalMatrix.FromPoint(a));
        double upper = CertifiedEigenvalues.UpperBoundMaxEigenvalue(IntervalMatrix.FromPoint(a));

        Assert.InRange(lower, -2 - 1e-13, -2.0);
        Assert.InRange(upper, 7.0, 7 + 1e-13);
        Assert.False(CertifiedEigenvalues.ProvePositiveDefinite(a, -2.0));
        Assert.True(CertifiedEigenvalues.ProvePositiveDefinite(a, -2.000001));
    }

    [Theory]
    [InlineData("rank-one xxᵀ")]
    [InlineData("path Laplacian")]
    public void Singular_semidefinite_matrix_is_never_proved_definite_but_is_at_a_tiny_negative_shift(string kind)
    {
        var a = kind == "path Laplacian"
            ? Dense(new double[,] { { 1, -1, 0, 0 }, { -1, 2, -1, 0 }, { 0, -1, 2, -1 }, { 0, 0, -1, 1 } })
            : Dense(new double[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 3, 6, 9 } });

        Assert.False(CertifiedEigenvalues.ProvePositiveDefinite(a, 0.0));
        Assert.True(CertifiedEigenvalues.ProvePositiveDefinite(a, -1e-10));
        double lower = CertifiedEigenvalues.LowerBoundMinEigenvalue(IntervalMatrix.FromPoint(a));
        Assert.InRange(lower, -1e-13, 0.0);
    }

    [Fact]
    public void Hilbert_matrix_of_order_8_is_proved_positive_definite()
    {
        var point = Matrix<double>.Build.Dense(8, 8, (i, j) => 1.0 / (i + j + 1));
        // The exact Hilbert matrix lies in [fl(1/k) − ulp, fl(1/k) + ulp] entrywise (division is correctly rounded).
        var exact = new IntervalMatrix(8, 8);
        for (int i = 0; i < 8; i++)
        {
            for (int j = 0; j < 8; j++)
            {
                exact[i, j] = new Interval(Interval.Down(point[i, j]), Interval.Up(point[i, j]));
            }
        }

        Assert.True(CertifiedEigenvalues.ProvePositiveDefinite(point, 0.0));
        double lower = CertifiedEigenvalues.LowerBoundMinEigenvalue(exact);
        Assert.InRange(lower, 0.9 * Hilbert8MinEigenvalue, Hilbert8MinEigenvalue);
    }

    [Theory]
    [InlineData(1.5, -0.5)]
    [InlineData(1.0, 0.0)]
    public void Interval_matrix_whose_radius_exceeds_the_gap_is_never_claimed_definite(double offDiagonalRadius, double worstEigenvalue)
    {
        // Midpoint I; off-diagonal entries in [−r, r]: the enclosure holds [[1, r], [r, 1]] with λ_min = 1 − r.
        var a = IntervalMatrix.FromPoint(Matrix<double>.Build.DenseIdentity(2));
        a[0, 1] = Interval.Ball(0, offDiagonalRadius);
        a[1, 0] = Interval.Ball(0, offDiagonalRadius);

        Assert.True(CertifiedEigenvalues.LowerBoundMinEigenvalue(a) <= worstEigenvalue);
    }

    [Fact]
    public void Unbounded_entry_gives_no_bound()
    {
        var a = IntervalMatrix.FromPoint(Matrix<double>.Build.DenseIdentity(3));
        a[2, 2] = new Interval(double.NegativeInfinity, 1);

        Assert.Equal(double.NegativeInfinity, CertifiedEigenvalues.LowerBoundMinEigenvalue(a));
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(20, 2)]
    [InlineData(60, 3)]
    public void Lower_bound_is_below_a_certified_upper_bound_on_the_minimum_and_close_to_it(int n, int seed)
    {
        var a = RandomSymmetric(n, seed);
        var evd = a.Evd(Symmetricity.Symmetric);
        int k = Enumerable.Range(0, n).MinBy(j => evd.EigenValues[j].Real);
        double[] v = evd.EigenVectors.Column(k).ToArray();
        double norm = a.L2Norm();

        double lower = CertifiedEigenvalues.LowerBoundMinEigenvalue(IntervalMatrix.FromPoint(a));
        // vᵀAv/vᵀv ≥ λ_min(A), rigorously enclosed: its Hi is a certified upper bound on λ_min.
        double rayleighHi = CertifiedEigenvalues.RayleighQuotient(IntervalMatrix.FromPoint(a), v).Hi;

        Assert.True(lower <= rayleighHi, $"lower {lower:R} > Rayleigh upper bound {rayleighHi:R}");
        Assert.True(rayleighHi - lower <= 1e-8 * norm, $"gap {rayleighHi - lower:G3} exceeds 1e−8·‖A‖ = {1e-8 * norm:G3}");
    }

    [Fact]
    public void Rayleigh_quotient_encloses_every_matrix_and_certifies_negative_curvature()
    {
        var a = IntervalMatrix.FromPoint(Dense(new double[,] { { 2, 0 }, { 0, -1 } }));
        a[0, 1] = Interval.Ball(0, 0.1);
        a[1, 0] = Interval.Ball(0, 0.1);

        var along = CertifiedEigenvalues.RayleighQuotient(a, [0.0, 3.0]);
        var diagonal = CertifiedEigenvalues.RayleighQuotient(a, [1.0, 1.0]);

        Assert.True(along.Hi < 0);
        Assert.True(along.Contains(-1));
        Assert.True(diagonal.Contains(0.5 - 0.1) && diagonal.Contains(0.5 + 0.1));
        Assert.Throws<ArgumentException>(() => CertifiedEigenvalues.RayleighQuotient(a, [0.0, 0.0]));
    }

    [Fact]
    public void Spectral_norm_bound_is_at_least_the_largest_singular_value_and_tight()
    {
        var known = Dense(new double[,] { { 3, 0 }, { 0, -4 }, { 0, 0 } });
        Assert.InRange(CertifiedEigenvalues.UpperBoundSpectralNorm(known), 4.0, 4 + 1e-13);
        Assert.InRange(CertifiedEigenvalues.UpperBoundSpectralNorm(known.Transpose()), 4.0, 4 + 1e-13);

        var random = TestMatrices.Gaussian(9, 4, new Random(7));
        double sigma = random.L2Norm();
        double bound = CertifiedEigenvalues.UpperBoundSpectralNorm(random);
        Assert.InRange(bound, sigma * (1 - 1e-14), sigma * (1 + 1e-10));
    }

    [Fact]
    public void Asymmetric_or_non_square_input_is_rejected_with_the_entry_named()
    {
        var asymmetric = Dense(new double[,] { { 1, 2 }, { 3, 1 } });

        var error = Assert.Throws<ArgumentException>(() => CertifiedEigenvalues.ProvePositiveDefinite(asymmetric, 0));
        Assert.Contains("A[0,1]", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CertifiedEigenvalues.ProvePositiveDefinite(Matrix<double>.Build.Dense(2, 3), 0));
    }
}
