using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Numerics.Spectra;

/// <summary>
/// Lanczos with full reorthogonalisation for the extreme eigenvalues of a symmetric operator v ↦ Av on R^P:
/// A Q_k = Q_k T_k + β_k q_{k+1} e_kᵀ, and the extreme eigenpairs (θ, s) of the tridiagonal T_k give Ritz pairs (θ, Q_k s)
/// with residual ‖A Q_k s − θ Q_k s‖ = β_k |e_kᵀ s|. Both λ_min and λ_max come from the same Krylov space (no power iteration).
/// </summary>
public static class LanczosEigensolver
{
    /// <summary>Default relative residual tolerance ‖Ay − ρy‖ ≤ 1e−10·‖T‖₂: about 10⁶·u, far above the residual's own rounding.</summary>
    public const double DefaultTolerance = 1e-10;

    /// <summary>Default cap on Lanczos steps (also capped by P, where the Krylov space is the whole space).</summary>
    public const int DefaultMaxIterations = 500;

    /// <summary>
    /// Extreme Ritz pairs of the symmetric operator <paramref name="multiply"/> (writes A·x into its second argument),
    /// from a Gaussian start vector drawn with System.Random(<paramref name="seed"/>). Never throws for non-convergence.
    /// </summary>
    /// <exception cref="ArgumentException">dimension &lt; 1, maxIterations &lt; 1, or tolerance not in (0, 1).</exception>
    public static LanczosResult Solve(int dimension, Action<ReadOnlySpan<double>, Span<double>> multiply, int seed,
        int maxIterations = DefaultMaxIterations, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(multiply);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        if (!(tolerance > 0 && tolerance < 1))
        {
            throw new ArgumentException($"tolerance is {tolerance}: need 0 < tolerance < 1", nameof(tolerance));
        }

        int p = dimension, m = Math.Min(maxIterations, p);
        var basis = new List<double[]>(m);
        var alpha = new List<double>(m);
        var beta = new List<double>(m);
        var q = StartVector(p, seed);
        var w = new double[p];
        int products = 0;
        double gershgorin = 0;
        LanczosStopReason reason = LanczosStopReason.IterationLimit;
        Tridiagonal? last = null;

        for (int j = 0; j < m; j++)
        {
            basis.Add(q);
            multiply(q, w);
            products++;
            if (!AllFinite(w))
            {
                reason = LanczosStopReason.NonFiniteProduct;
                basis.RemoveAt(basis.Count - 1);
                break;
            }
            double a = Vectors.Dot(q, w);
            alpha.Add(a);
            Axpy(-a, q, w);
            if (j > 0)
            {
                Axpy(-beta[j - 1], basis[j - 1], w);
            }
            // Full reorthogonalisation, twice ("twice is enough", Parlett).
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (var qi in basis)
                {
                    Axpy(-Vectors.Dot(qi, w), qi, w);
                }
            }
            double b = Math.Sqrt(Vectors.Dot(w, w));
            beta.Add(b);
            int k = j + 1;
            gershgorin = Math.Max(gershgorin, Math.Abs(a) + b + (j > 0 ? beta[j - 1] : 0.0));

            bool breakdown = b <= 10 * p * Tolerances.UnitRoundoff * gershgorin || k == p;
            bool check = breakdown || k == m || k <= 30 || k % Math.Max(5, k / 8) == 0;
            if (check)
            {
                last = Tridiagonal.Solve(alpha, beta, k);
                double scale = last.Norm;
                if (breakdown)
                {
                    reason = LanczosStopReason.InvariantSubspace;
                    break;
                }
                if (b * last.LastMin <= tolerance * scale && b * last.LastMax <= tolerance * scale)
                {
                    reason = LanczosStopReason.Converged;
                    break;
                }
            }
            var next = new double[p];
            for (int i = 0; i < p; i++)
            {
                next[i] = w[i] / b;
            }
            q = next;
        }

        int steps = basis.Count;
        if (steps == 0)
        {
            var none = new RitzPair { Value = double.NaN, Vector = [], ResidualNorm = double.NaN, ResidualEstimate = double.NaN, Converged = false };
            return new LanczosResult
            {
                Min = none, Max = none, Iterations = 0, Products = products, Converged = false,
                StopReason = reason, NormEstimate = double.NaN, Tolerance = tolerance,
            };
        }
        if (last is null || last.Size != steps)
        {
            last = Tridiagonal.Solve(alpha, beta, steps);
        }
        double betaLast = beta.Count >= steps ? beta[steps - 1] : 0.0;
        double norm = last.Norm;
        var min = Ritz(basis, last.VectorMin, multiply, betaLast * last.LastMin, tolerance * norm, ref products);
        var max = Ritz(basis, last.VectorMax, multiply, betaLast * last.LastMax, tolerance * norm, ref products);
        return new LanczosResult
        {
            Min = min,
            Max = max,
            Iterations = steps,
            Products = products,
            Converged = min.Converged && max.Converged,
            StopReason = reason,
            NormEstimate = norm,
            Tolerance = tolerance,
        };
    }

    /// <summary>Extreme eigenpairs of the Hessian ∇²F(θ), using only Hessian-vector products of <paramref name="objective"/>.</summary>
    /// <exception cref="ArgumentException">θ has the wrong length or a non-finite entry; or as for <see cref="Solve"/>.</exception>
    public static LanczosResult SolveHessian(ISmoothObjective objective, ReadOnlySpan<double> theta, int seed,
        int maxIterations = DefaultMaxIterations, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (theta.Length != objective.Dimension)
        {
            throw new ArgumentException($"theta has length {theta.Length} but the objective has P = {objective.Dimension}", nameof(theta));
        }
        for (int i = 0; i < theta.Length; i++)
        {
            if (!double.IsFinite(theta[i]))
            {
                throw new ArgumentException($"theta[{i}] is {theta[i]}: entries must be finite", nameof(theta));
            }
        }
        var at = theta.ToArray();
        return Solve(objective.Dimension, (v, result) => objective.HessianVectorProduct(at, v, result), seed, maxIterations, tolerance);
    }

    /// <summary>y = Q s normalised, ρ = yᵀAy and ‖Ay − ρy‖ from one extra product.</summary>
    private static RitzPair Ritz(List<double[]> basis, double[] s, Action<ReadOnlySpan<double>, Span<double>> multiply,
        double estimate, double threshold, ref int products)
    {
        int p = basis[0].Length;
        var y = new double[p];
        for (int i = 0; i < basis.Count; i++)
        {
            Axpy(s[i], basis[i], y);
        }
        double inv = 1.0 / Math.Sqrt(Vectors.Dot(y, y));
        for (int i = 0; i < p; i++)
        {
            y[i] *= inv;
        }
        var ay = new double[p];
        multiply(y, ay);
        products++;
        double rho = Vectors.Dot(y, ay);
        Axpy(-rho, y, ay);
        double residual = Math.Sqrt(Vectors.Dot(ay, ay));
        return new RitzPair
        {
            Value = rho,
            Vector = y,
            ResidualNorm = residual,
            ResidualEstimate = estimate,
            Converged = double.IsFinite(residual) && residual <= threshold,
        };
    }

    /// <summary>A standard normal vector (Box–Muller on System.Random(seed)), normalised.</summary>
    private static double[] StartVector(int p, int seed)
    {
        var random = new Random(seed);
        var v = new double[p];
        for (int i = 0; i < p; i++)
        {
            v[i] = StandardNormal.Draw(random);
        }
        double inv = 1.0 / Math.Sqrt(Vectors.Dot(v, v));
        for (int i = 0; i < p; i++)
        {
            v[i] *= inv;
        }
        return v;
    }

    private static bool AllFinite(ReadOnlySpan<double> v)
    {
        foreach (double x in v)
        {
            if (!double.IsFinite(x))
            {
                return false;
            }
        }
        return true;
    }

    private static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < y.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    /// <summary>Extreme eigenpairs of the k×k tridiagonal T_k (dense Evd; k is small).</summary>
    private sealed class Tridiagonal
    {
        public required int Size { get; init; }

        public required double Norm { get; init; }

        public required double[] VectorMin { get; init; }

        public required double[] VectorMax { get; init; }

        /// <summary>|e_kᵀ s_min|.</summary>
        public required double LastMin { get; init; }

        /// <summary>|e_kᵀ s_max|.</summary>
        public required double LastMax { get; init; }

        public static Tridiagonal Solve(List<double> alpha, List<double> beta, int k)
        {
            var t = Matrix<double>.Build.Dense(k, k);
            for (int i = 0; i < k; i++)
            {
                t[i, i] = alpha[i];
                if (i + 1 < k)
                {
                    t[i, i + 1] = beta[i];
                    t[i + 1, i] = beta[i];
                }
            }
            var evd = t.Evd(Symmetricity.Symmetric);
            int iMin = 0, iMax = 0;
            for (int j = 1; j < k; j++)
            {
                if (evd.EigenValues[j].Real < evd.EigenValues[iMin].Real)
                {
                    iMin = j;
                }
                if (evd.EigenValues[j].Real > evd.EigenValues[iMax].Real)
                {
                    iMax = j;
                }
            }
            var sMin = evd.EigenVectors.Column(iMin).ToArray();
            var sMax = evd.EigenVectors.Column(iMax).ToArray();
            return new Tridiagonal
            {
                Size = k,
                Norm = Math.Max(Math.Abs(evd.EigenValues[iMin].Real), Math.Abs(evd.EigenValues[iMax].Real)),
                VectorMin = sMin,
                VectorMax = sMax,
                LastMin = Math.Abs(sMin[k - 1]),
                LastMax = Math.Abs(sMax[k - 1]),
            };
        }
    }
}
