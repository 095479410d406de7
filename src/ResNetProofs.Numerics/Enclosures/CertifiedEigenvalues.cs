using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// Rigorous bounds on the spectrum of symmetric matrices known exactly (a floating-point matrix) or only as an enclosure
/// (<see cref="IntervalMatrix"/>). Every bound here is a proof, not an estimate: a lower bound ℓ satisfies λ_min(A) ≥ ℓ
/// for every symmetric A in the enclosure, whatever the rounding; when nothing can be proved the answer is −∞ (or
/// false), never a guess.
/// </summary>
/// <remarks>
/// <para>The positive-definiteness test is Rump's a-priori-bounded floating-point Cholesky (S. M. Rump, "Verification of
/// positive definiteness", BIT 46:433–452, 2006; INTLAB's <c>isspd</c>); see <see cref="ProvePositiveDefinite"/>.
/// Eigenvalue bounds of interval matrices combine it with Weyl's inequality |λ_k(A) − λ_k(S)| ≤ ‖A − S‖₂ for symmetric
/// A, S, with S the (symmetrised) midpoint.</para>
/// <para>Assumptions: IEEE binary64 arithmetic with rounding to nearest (what .NET guarantees for +, −, ×, ÷, √), and
/// no silent contraction that loses accuracy (a fused multiply-add only shrinks the per-operation errors the analysis
/// charges for).</para>
/// </remarks>
public static class CertifiedEigenvalues
{
    /// <summary>Unit roundoff u = 2⁻⁵³ of binary64 (rounding to nearest).</summary>
    private const double U = Tolerances.UnitRoundoff;

    /// <summary>Smallest positive subnormal η = 2⁻¹⁰⁷⁴: the absolute error unit of an underflowing product or quotient.</summary>
    private const double Eta = double.Epsilon;

    /// <summary>
    /// Shift attempts in <see cref="LowerBoundMinEigenvalue"/>: s = λ̃ − δ·<see cref="BackoffGrowth"/>^k for k = 0..7, i.e.
    /// margins up to 8⁷ ≈ 2·10⁶ times the first; past that the Gershgorin bound is usually as good.
    /// </summary>
    public const int BackoffAttempts = 8;

    /// <summary>Largest diagonal of the shifted matrix for which the native dpotrf is used (2⁵⁰⁰: keeps fl(1/g_jj) normal; see <see cref="ProvePositiveDefinite"/>).</summary>
    private const double NativeDiagonalLimit = 3.273390607896142e150;

    /// <summary>Growth factor of the back-off margin between attempts (8: a few tries span six decades).</summary>
    public const double BackoffGrowth = 8.0;

    /// <summary>
    /// Proves λ_min(A) &gt; <paramref name="shift"/> for the symmetric floating-point matrix A (n×n), or returns false
    /// when that cannot be proved (which says nothing about A: it may still be true).
    /// </summary>
    /// <remarks>
    /// <para><b>Theorem</b> (Rump 2006, in the dense form used here). Let C = Cᵀ ∈ F^{n×n} and let the standard
    /// floating-point Cholesky algorithm in rounding to nearest (g_jj = √(c_jj − Σ_{k&lt;j} g_kj²), g_ji = (c_ji −
    /// Σ_{k&lt;j} g_kj g_ki)/g_jj, any summation order) run to completion, i.e. every radicand is &gt; 0 and nothing
    /// overflows. Then GᵀG = C + ΔC with ‖ΔC‖₂ ≤ γ_{n+1}/(1 − γ_{n+1})·Σ_i c_ii + (underflow term), γ_k = ku/(1 − ku),
    /// provided (n+1)u &lt; 1/2. Hence if B − C is diagonal with entries ≥ c ≥ ‖ΔC‖₂, then B ⪰ C + cI = GᵀG − ΔC + cI ≻ 0
    /// (G is triangular with a positive diagonal, so GᵀG ≻ 0).</para>
    /// <para>Proof sketch of the norm bound (Higham, Accuracy and Stability, Thm 10.3): |ΔC| ≤ γ_{n+1}|Gᵀ||G| (plus
    /// underflow), so ‖ΔC‖₂ ≤ γ_{n+1}‖ |G| ‖₂² ≤ γ_{n+1}‖G‖_F², and ‖G‖_F² = Σ_i (GᵀG)_ii ≤ Σ_i c_ii + γ_{n+1}‖G‖_F²
    /// gives ‖G‖_F² ≤ Σ_i c_ii/(1 − γ_{n+1}). We charge the larger α = γ_{n+1}/(1 − 2γ_{n+1}) (Rump's constant) times
    /// Σ_i b_ii⁺ ≥ Σ_i c_ii, and for underflow 12·n·(n + max b_ii⁺)·η, twice INTLAB's term 6n(n + max)η.</para>
    /// <para><b>Algorithm.</b> B = A − shift·I with every diagonal entry rounded down (b_ii ≤ a_ii − shift, so
    /// B ⪯ A − shift·I; off-diagonal entries are copied exactly); c = α·Σ b_ii⁺ + underflow term, every operation
    /// rounded up; C = B − cI with the diagonal rounded down again; a Cholesky of C by
    /// <see cref="DenseLinearAlgebra.CholeskySucceeds"/>, which also rejects a non-finite entry of G. Success ⇒ B ≻ 0 ⇒
    /// A − shift·I ≻ 0 ⇒ λ_min(A) &gt; shift.</para>
    /// <para><b>Why LAPACK's dpotrf is as rigorous as the plain loop.</b> The bound |ΔC| ≤ γ_{n+1}|Gᵀ||G| (Higham,
    /// Thm 10.3, via Lemma 8.4; Demmel, "On floating point errors in Cholesky", LAPACK Working Note 14, 1989) holds for
    /// any order of evaluating each inner product c_ji − Σ_k g_kj g_ki, so for the blocked and recursive orderings of
    /// OpenBLAS's dpotrf, whose level-3 updates (dsyrk, dgemm, dtrsm) only regroup those sums; a fused multiply-add
    /// only removes roundings. OpenBLAS divides by g_jj as a product with fl(1/g_jj): one rounding more per
    /// off-diagonal entry, which Lemma 8.4 then charges as γ_{j+1} ≤ γ_n for j &lt; n, still inside γ_{n+1}; and since
    /// 1/g_jj is normal whenever max c_ii ≤ 2⁵⁰⁰ (g_jj ≤ 2²⁵⁰), the native path is used only then (the managed
    /// dot-product loop otherwise). Neither uses pivoting, Strassen-like products or extended precision.</para>
    /// <para>Cost: n³/3 flops. Fails (returns false) for λ_min(A) − shift below about α·tr(B) ≈ (n+1)u·tr(B), or for
    /// matrices with a non-finite entry.</para>
    /// </remarks>
    /// <param name="a">A symmetric n×n matrix (exactly symmetric: a_ij = a_ji as doubles).</param>
    /// <param name="shift">The finite threshold s in the claim λ_min(A) &gt; s.</param>
    /// <returns>True only when λ_min(A) &gt; shift is proved.</returns>
    /// <exception cref="ArgumentException">A is not square or not exactly symmetric (the pair is named), or shift is not finite.</exception>
    public static bool ProvePositiveDefinite(Matrix<double> a, double shift)
    {
        ArgumentNullException.ThrowIfNull(a);
        int n = a.RowCount;
        if (a.ColumnCount != n)
        {
            throw new ArgumentException($"the matrix is {a.RowCount}×{a.ColumnCount}: need a square matrix", nameof(a));
        }
        if (!double.IsFinite(shift))
        {
            throw new ArgumentException($"shift is {shift}: must be finite", nameof(shift));
        }
        var c = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double x = a[i, j];
                if (j > i && !x.Equals(a[j, i]))
                {
                    throw new ArgumentException($"A[{i},{j}] = {x} but A[{j},{i}] = {a[j, i]}: the matrix must be exactly symmetric", nameof(a));
                }
                if (!double.IsFinite(x))
                {
                    return false;
                }
                c[(i * n) + j] = x;
            }
        }
        if (n == 0)
        {
            return true;
        }

        // B = A − shift·I, diagonal rounded down; trace of the positive parts and the largest diagonal, rounded up.
        double tracePlus = 0, maxDiag = 0;
        for (int i = 0; i < n; i++)
        {
            double b = Interval.Down(c[(i * n) + i] - shift);
            c[(i * n) + i] = b;
            if (b > 0)
            {
                tracePlus = Interval.Up(tracePlus + b);
                maxDiag = Math.Max(maxDiag, b);
            }
        }
        double margin = AprioriShift(n, tracePlus, maxDiag);
        if (!double.IsFinite(margin))
        {
            return false;
        }

        // C = B − c·I, diagonal rounded down again.
        for (int i = 0; i < n; i++)
        {
            c[(i * n) + i] = Interval.Down(c[(i * n) + i] - margin);
        }
        var provider = maxDiag <= NativeDiagonalLimit ? DenseLinearAlgebra.Provider : LinearAlgebraProvider.Managed;
        return DenseLinearAlgebra.CholeskySucceeds(c, n, provider);
    }

    /// <summary>
    /// The a-priori shift c = α·t + 12·n·(n + m)·η with α = γ_{n+1}/(1 − 2γ_{n+1}), γ_k = ku/(1 − ku), t = Σ b_ii⁺ and
    /// m = max b_ii⁺, every operation rounded up; +∞ when (n+1)u is too large for the theorem ((n+1)u ≥ 1/4).
    /// </summary>
    private static double AprioriShift(int n, double tracePlus, double maxDiag)
    {
        double ku = Interval.Up((n + 1.0) * U);
        if (ku >= 0.25)
        {
            return double.PositiveInfinity;
        }
        double gamma = Interval.Up(ku / Interval.Down(1 - ku));
        double alpha = Interval.Up(gamma / Interval.Down(1 - (2 * gamma)));
        double underflow = Interval.Up(12.0 * n * Interval.Up(n + maxDiag) * Eta);
        return Interval.Up(Interval.Up(alpha * tracePlus) + underflow);
    }

    /// <summary>
    /// A certified lower bound ℓ with λ_min(A) ≥ ℓ for every symmetric A in the n×n enclosure <paramref name="a"/>
    /// (−∞ when nothing can be proved, e.g. an unbounded entry; +∞ never occurs; for n = 0, +∞ by convention).
    /// </summary>
    /// <remarks>
    /// S = the midpoint symmetrised in floating point (s_ij = s_ji = fl((m_ij + m_ji)/2)), R = the radius plus the
    /// symmetrisation error |m_ij − s_ij| (rounded up, then symmetrised by max), so |A − S| ≤ R entrywise and
    /// ‖A − S‖₂ ≤ ‖R‖₂ ≤ r = min(‖R‖_∞, ‖R‖_F) rounded up. Weyl: λ_min(A) ≥ λ_min(S) − r. The lower bound on λ_min(S)
    /// is the larger of (i) the Gershgorin bound min_i (s_ii − Σ_{j≠i}|s_ij|), rounded down, and (ii) the largest shift
    /// s = λ̃ − δ·8^k (k = 0..7; λ̃ the floating-point estimate of λ_min(S) by <see cref="DenseLinearAlgebra.SymmetricMinEigenvalue"/>, δ ≈ twice the a-priori Cholesky shift) that
    /// <see cref="ProvePositiveDefinite"/> proves. The result is (that bound − r) rounded down.
    /// </remarks>
    /// <exception cref="ArgumentException">The enclosure is not square.</exception>
    public static double LowerBoundMinEigenvalue(IntervalMatrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        int n = a.Rows;
        if (a.Cols != n)
        {
            throw new ArgumentException($"the enclosure is {a.Rows}×{a.Cols}: need a square matrix", nameof(a));
        }
        if (n == 0)
        {
            return double.PositiveInfinity;
        }
        if (!a.IsFinite)
        {
            return double.NegativeInfinity;
        }
        var (s, r) = SymmetricMidpointAndRadiusNorm(a);
        if (!double.IsFinite(r))
        {
            return double.NegativeInfinity;
        }
        double lower = Gershgorin(s);

        double estimate = DenseLinearAlgebra.SymmetricMinEigenvalue(s);
        if (double.IsFinite(estimate))
        {
            double tracePlus = 0, maxDiag = 0;
            for (int i = 0; i < n; i++)
            {
                double b = Interval.Up(s[i, i] - estimate);
                if (b > 0)
                {
                    tracePlus = Interval.Up(tracePlus + b);
                    maxDiag = Math.Max(maxDiag, b);
                }
            }
            double scale = Math.Max(s.InfinityNorm(), double.Epsilon);
            double delta = Math.Max(2 * AprioriShift(n, tracePlus, maxDiag), 4 * n * U * scale);
            for (int k = 0; k < BackoffAttempts && double.IsFinite(delta); k++, delta *= BackoffGrowth)
            {
                double shift = Interval.Down(estimate - delta);
                if (shift <= lower)
                {
                    break;
                }
                if (ProvePositiveDefinite(s, shift))
                {
                    lower = shift;
                    break;
                }
            }
        }
        return Interval.Down(lower - r);
    }

    /// <summary>
    /// A certified upper bound u with λ_max(A) ≤ u for every symmetric A in the n×n enclosure: −(lower bound of
    /// λ_min(−A)) (+∞ when nothing can be proved).
    /// </summary>
    /// <exception cref="ArgumentException">The enclosure is not square.</exception>
    public static double UpperBoundMaxEigenvalue(IntervalMatrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var negated = new IntervalMatrix(a.Rows, a.Cols);
        for (int i = 0; i < a.Rows; i++)
        {
            for (int j = 0; j < a.Cols; j++)
            {
                negated[i, j] = -a[i, j];
            }
        }
        return -LowerBoundMinEigenvalue(negated);
    }

    /// <summary>
    /// Encloses the Rayleigh quotient vᵀAv/vᵀv for every A in the n×n enclosure and the point vector v ≠ 0 (length n),
    /// rounded outward. For symmetric A, λ_min(A) ≤ vᵀAv/vᵀv ≤ λ_max(A): Hi &lt; 0 certifies negative curvature
    /// (λ_min(A) &lt; 0) along v, and Lo &gt; 0 certifies λ_max(A) &gt; 0.
    /// </summary>
    /// <exception cref="ArgumentException">The enclosure is not square, v has the wrong length, a non-finite entry (named by index), or is zero.</exception>
    public static Interval RayleighQuotient(IntervalMatrix a, ReadOnlySpan<double> v)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Cols != a.Rows)
        {
            throw new ArgumentException($"the enclosure is {a.Rows}×{a.Cols}: need a square matrix", nameof(a));
        }
        if (v.Length != a.Rows)
        {
            throw new ArgumentException($"v has length {v.Length}; the matrix is {a.Rows}×{a.Rows}", nameof(v));
        }
        var norm2 = Interval.Zero;
        bool zero = true;
        for (int i = 0; i < v.Length; i++)
        {
            if (!double.IsFinite(v[i]))
            {
                throw new ArgumentException($"v[{i}] is {v[i]}: entries must be finite", nameof(v));
            }
            zero &= v[i] == 0;
            norm2 += Interval.Sqr(Interval.Point(v[i]));
        }
        if (zero)
        {
            throw new ArgumentException("v is the zero vector", nameof(v));
        }
        return a.QuadraticForm(v) / norm2;
    }

    /// <summary>
    /// A certified upper bound on the spectral norm ‖M‖₂ = σ_max(M) of the rows×cols point matrix M: the smaller of the
    /// Frobenius norm ‖M‖_F (rounded up) and √(u) with u the certified upper bound of λ_max of the interval Gram matrix
    /// MᵀM (or MMᵀ, whichever is smaller), rounded up. 0 for an empty matrix; +∞ when an entry is not finite.
    /// </summary>
    public static double UpperBoundSpectralNorm(Matrix<double> m)
    {
        ArgumentNullException.ThrowIfNull(m);
        int rows = m.RowCount, cols = m.ColumnCount;
        if (rows == 0 || cols == 0)
        {
            return 0;
        }
        double frobenius2 = 0;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                double x = m[i, j];
                if (!double.IsFinite(x))
                {
                    return double.PositiveInfinity;
                }
                frobenius2 = Interval.Up(frobenius2 + Interval.Up(x * x));
            }
        }
        double frobenius = Interval.Up(Math.Sqrt(frobenius2));

        // Gram matrix of the smaller side: G = MᵀM (cols×cols) or MMᵀ (rows×rows); ‖M‖₂² = λ_max(G).
        bool columns = cols <= rows;
        int p = columns ? cols : rows, q = columns ? rows : cols;
        var gram = new IntervalMatrix(p, p);
        for (int i = 0; i < p; i++)
        {
            for (int j = i; j < p; j++)
            {
                var s = Interval.Zero;
                for (int k = 0; k < q; k++)
                {
                    double x = columns ? m[k, i] : m[i, k], y = columns ? m[k, j] : m[j, k];
                    s += Interval.Point(x) * Interval.Point(y);
                }
                gram[i, j] = s;
                gram[j, i] = s;
            }
        }
        double lambdaMax = UpperBoundMaxEigenvalue(gram);
        double viaGram = lambdaMax <= 0 ? 0 : Interval.Up(Math.Sqrt(lambdaMax));
        return double.IsNaN(viaGram) ? frobenius : Math.Min(frobenius, viaGram);
    }

    /// <summary>
    /// S = fl((M + Mᵀ)/2) (exactly symmetric) and r ≥ ‖A − S‖₂ for every A in the enclosure: r = min(‖R‖_∞, ‖R‖_F)
    /// rounded up, R_ij = max over (i,j),(j,i) of (radius + |m − s|) rounded up.
    /// </summary>
    private static (Matrix<double> S, double R) SymmetricMidpointAndRadiusNorm(IntervalMatrix a)
    {
        int n = a.Rows;
        var mid = a.Midpoint();
        var rad = a.Radius();
        var s = Matrix<double>.Build.Dense(n, n);
        var r = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double sij = i == j ? mid[i, i] : (0.5 * mid[i, j]) + (0.5 * mid[j, i]);
                s[i, j] = sij;
                s[j, i] = sij;
                double rij = i == j ? rad[i, i] : Math.Max(Deviation(rad[i, j], mid[i, j], sij), Deviation(rad[j, i], mid[j, i], sij));
                r[(i * n) + j] = rij;
                r[(j * n) + i] = rij;
            }
        }
        double rowMax = 0, frobenius2 = 0;
        for (int i = 0; i < n; i++)
        {
            double row = 0;
            for (int j = 0; j < n; j++)
            {
                double x = r[(i * n) + j];
                if (x != 0)
                {
                    row = Interval.Up(row + x);
                    frobenius2 = Interval.Up(frobenius2 + Interval.Up(x * x));
                }
            }
            rowMax = Math.Max(rowMax, row);
        }
        double frobenius = frobenius2 == 0 ? 0 : Interval.Up(Math.Sqrt(frobenius2));
        return (s, Math.Min(rowMax, frobenius));

        // rad + |m − s| rounded up (0 when both vanish, so exact point matrices keep r = 0).
        static double Deviation(double radius, double m, double s)
        {
            double diff = m == s ? 0 : Interval.Up(Math.Abs(m - s));
            return radius == 0 && diff == 0 ? 0 : Interval.Up(radius + diff);
        }
    }

    /// <summary>Gershgorin: λ_min(S) ≥ min_i (s_ii − Σ_{j≠i}|s_ij|), every operation rounded down.</summary>
    private static double Gershgorin(Matrix<double> s)
    {
        int n = s.RowCount;
        double lower = double.PositiveInfinity;
        for (int i = 0; i < n; i++)
        {
            double off = 0;
            for (int j = 0; j < n; j++)
            {
                if (j != i && s[i, j] != 0)
                {
                    off = Interval.Up(off + Math.Abs(s[i, j]));
                }
            }
            double bound = off == 0 ? s[i, i] : Interval.Down(s[i, i] - off);
            lower = Math.Min(lower, bound);
        }
        return lower;
    }
}
