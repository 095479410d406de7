using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Baselines;

/// <summary>
/// The linear baseline R_lin = inf_{t ∈ R^d, b} (1/n) Σ_i ℓ(tᵀx_i + b; y_i), with b ≡ 0 unless withBias.
/// For R_lin of features h(x_i), pass a <see cref="Dataset"/> built from the features.
/// </summary>
/// <remarks>
/// <para>Reduction. With the design A = [X | 1] (or X) and its thin SVD A = U Σ Vᵀ of rank r (threshold
/// <see cref="Tolerances.RankThreshold"/>), every prediction vector is p = U_r z, z ∈ R^r. The risk depends on (t, b)
/// only through p, so the problem is solved in z (full rank, well scaled since U_r has orthonormal columns) and mapped
/// back by w = (t, b) = V_r Σ_r⁻¹ z: the minimum-norm point with those predictions. This handles duplicated columns and n &lt; d.</para>
/// <para>Squared loss: z = U_rᵀ y, i.e. w = A⁺y (minimum-norm least squares); always attained.</para>
/// <para>Other losses: damped Newton from z = 0 with Levenberg–Marquardt shifts (H + τI, τ ∈ {0, 1e−8, 1e−4, 1, 1e4}·L,
/// L = trace(H)/r) and Armijo backtracking; stop when ‖∇_{(t,b)} R‖ ≤ 1e−12·max(1, S), S = (1/n) Σ|ℓ′_i|·‖a_i‖ (a_i the design
/// rows), or when no step decreases R.</para>
/// <para>Separability (logistic only, sound): ℓ(p; y) &lt; log 2 ⇔ yp &gt; 0, so the data are strictly separable iff
/// R_lin &lt; (log 2)/n, and a descent method reaches such a point in finitely many steps when they are. As soon as an
/// iterate has every margin y_i(tᵀx_i + b) above its dot-product rounding bound 2(d+2)u·Σ_k|t_k x_ik| + |b|, it is a
/// certificate: R(s t, s b) → 0 as s → ∞, and ℓ &gt; 0 everywhere, so R_lin = 0 is not attained.</para>
/// <para>Attainment (sound): with c the self-concordance constant of ℓ (|ℓ‴| ≤ c ℓ″: c = 1 logistic, 2 log-cosh), the
/// Hessian in z satisfies ∇²R(z + δ) ⪰ e^{−c‖δ‖} ∇²R(z) because |δp_i| ≤ ‖δ‖. If g = ‖∇R(z)‖ and μ = λ_min(∇²R(z))
/// satisfy g ≤ μ/(4ec), then R &gt; R(z) on the sphere ‖δ‖ = 1/c, so a minimiser exists within 2e·g/μ of z and
/// Value − R_lin ≤ 2e·g²/μ.</para>
/// <para>Divergence (heuristic): without that certificate, if ‖z‖ grew over the last 3 accepted steps (each decreasing R)
/// and the full Newton step at the last point is still ≥ 1/c long (≥ 1 when c is unknown), the iterates are running to
/// infinity along a recession direction (quasi-complete separation): reported as not attained, Value = last R.</para>
/// </remarks>
public static class LinearBaseline
{
    /// <summary>Newton stop: ‖∇_{(t,b)} R‖ ≤ 1e−12·max(1, S), S = (1/n) Σ|ℓ′_i|·‖a_i‖ the size of the summed terms; about 10⁴·u, room for the n-term sums.</summary>
    public const double GradientStopRelative = 1e-12;

    /// <summary>Default Newton iteration cap; well-posed problems converge quadratically in well under 50 steps.</summary>
    public const int DefaultMaxIterations = 200;

    /// <summary>Armijo sufficient-decrease constant c₁ (the usual 1e−4, Nocedal &amp; Wright §3.1).</summary>
    private const double ArmijoSlope = 1e-4;

    /// <summary>Backtracking halvings per shift: 2⁻⁶⁰ ≈ 1e−18 covers steps far longer than any sensible one.</summary>
    private const int MaxHalvings = 60;

    /// <summary>R within this many units of round-off counts as "not increased" for the polishing step (the n-term sum of R carries ~n·u).</summary>
    private const double RoundingSlack = 64;

    /// <summary>Consecutive norm-growing accepted steps required before reporting divergence.</summary>
    private const int DivergenceRun = 3;

    private static readonly double[] ShiftFactors = [0.0, 1e-8, 1e-4, 1.0, 1e4];

    /// <summary>
    /// Computes R_lin = inf_{t,b} (1/n) Σ ℓ(tᵀx_i + b; y_i) (b ≡ 0 unless <paramref name="withBias"/>): closed form for
    /// <see cref="SquaredLoss"/>, certified damped Newton otherwise (see the type remarks). Never throws for non-convergence.
    /// </summary>
    /// <exception cref="ArgumentException">Targets outside the loss's label set, or a negative iteration cap.</exception>
    public static LinearBaselineResult Minimize(Dataset data, ILoss loss, bool withBias, int maxIterations = DefaultMaxIterations)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentOutOfRangeException.ThrowIfNegative(maxIterations);
        loss.ValidateTargets(data);

        int n = data.Count, d = data.Dimension, cols = d + (withBias ? 1 : 0);
        var design = Matrix<double>.Build.Dense(n, cols, (i, k) => k < d ? data.Input(i)[k] : 1.0);
        var svd = ThinSvd.Of(design);
        double sigmaMax = svd.SingularValues.Length > 0 ? svd.SingularValues[0] : 0.0;
        double rankTolerance = Tolerances.RankThreshold(n, cols, sigmaMax);
        int r = 0;
        while (r < svd.SingularValues.Length && svd.SingularValues[r] > rankTolerance && sigmaMax > 0)
        {
            r++;
        }
        var reduced = new Reduced(data, svd, r, withBias);

        return loss is SquaredLoss squared
            ? SolveSquared(data, squared, reduced, rankTolerance)
            : SolveNewton(data, loss, reduced, rankTolerance, maxIterations);
    }

    /// <summary>R(t, b) = (1/n) Σ_i ℓ(tᵀx_i + b; y_i) for any t ∈ R^d and b (pass b = 0 for the linear model).</summary>
    /// <exception cref="ArgumentException">t has the wrong length, or t or b is not finite.</exception>
    public static double Risk(Dataset data, ILoss loss, ReadOnlySpan<double> t, double b)
    {
        ValidatePoint(data, loss, t, b);
        int n = data.Count;
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += loss.Value(Vectors.Dot(t, data.Input(i)) + b, data.Target(i));
        }
        return sum / n;
    }

    /// <summary>
    /// Returns R(t, b) and writes ∇_t R = (1/n) Σ ℓ′(p_i; y_i) x_i into <paramref name="gradientT"/> (length d), with
    /// ∂R/∂b = (1/n) Σ ℓ′(p_i; y_i) in <paramref name="gradientB"/>, where p_i = tᵀx_i + b.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong lengths, or t or b is not finite.</exception>
    public static double RiskAndGradient(Dataset data, ILoss loss, ReadOnlySpan<double> t, double b, Span<double> gradientT, out double gradientB)
    {
        ValidatePoint(data, loss, t, b);
        if (gradientT.Length != data.Dimension)
        {
            throw new ArgumentException($"gradientT has length {gradientT.Length} but d = {data.Dimension}", nameof(gradientT));
        }
        int n = data.Count, d = data.Dimension;
        gradientT.Clear();
        double sum = 0, gb = 0;
        for (int i = 0; i < n; i++)
        {
            var x = data.Input(i);
            double p = Vectors.Dot(t, x) + b, y = data.Target(i);
            sum += loss.Value(p, y);
            double s = loss.First(p, y);
            gb += s;
            for (int k = 0; k < d; k++)
            {
                gradientT[k] += s * x[k];
            }
        }
        for (int k = 0; k < d; k++)
        {
            gradientT[k] /= n;
        }
        gradientB = gb / n;
        return sum / n;
    }

    private static LinearBaselineResult SolveSquared(Dataset data, SquaredLoss loss, Reduced reduced, double rankTolerance)
    {
        int n = data.Count, r = reduced.Rank;
        var z = new double[r];
        for (int a = 0; a < r; a++)
        {
            double s = 0;
            for (int i = 0; i < n; i++)
            {
                s += reduced.U[i * r + a] * data.Target(i);
            }
            z[a] = s;
        }
        var (t, b) = reduced.ToOriginal(z);

        // Certificate: in z the Hessian is (2s/n)·I, so Value − R_lin = ½ gᵀH⁻¹g = n‖g_z‖²/(4s).
        double scale = loss.Normalisation == SquaredNormalisation.Mean ? 1.0 : 0.5;
        double gz = ReducedGradientNorm(data, loss, reduced, t, b);
        return Build(data, loss, reduced, t, b, rankTolerance, new Outcome(
            LinearBaselineStatus.ClosedForm, true, "closed-form least squares", 0, 0.0, n * gz * gz / (4 * scale), null));
    }

    private static LinearBaselineResult SolveNewton(Dataset data, ILoss loss, Reduced reduced, double rankTolerance, int maxIterations)
    {
        int r = reduced.Rank;
        bool logistic = loss is LogisticLoss;
        double c = SelfConcordance(loss);

        var z = new double[r];
        var state = Evaluate(data, loss, reduced, z);
        var step = new double[r];
        var trial = new double[r];
        int iterations = 0, growRun = 0;
        double tolerance = 0;
        LinearBaselineStatus stop = LinearBaselineStatus.IterationLimit;

        while (true)
        {
            tolerance = GradientStopRelative * Math.Max(1.0, state.Scale);

            if (logistic && state.AllMarginsPositive)
            {
                var (ts, bs) = reduced.ToOriginal(z);
                if (StrictlySeparates(data, ts, bs))
                {
                    return Build(data, loss, reduced, ts, bs, rankTolerance, new Outcome(
                        LinearBaselineStatus.Separable, false, "newton", iterations, tolerance, 0.0,
                        "linearly separable: y_i(tᵀx_i + b) > 0 for every i at the returned (t, b), so R(s·t, s·b) → 0 as s → ∞; " +
                        "R_lin = 0 is an infimum, not attained (Value is 0, not R at the returned point)"));
                }
            }
            if (reduced.OriginalGradientNorm(state.Gradient) <= tolerance)
            {
                stop = LinearBaselineStatus.Converged;
                break;
            }
            if (iterations >= maxIterations)
            {
                stop = LinearBaselineStatus.IterationLimit;
                break;
            }
            if (!TryStep(data, loss, reduced, z, state, step, trial, out var next))
            {
                stop = LinearBaselineStatus.Stalled;
                break;
            }
            growRun = Vectors.Norm(trial) > Vectors.Norm(z) ? growRun + 1 : 0;
            trial.CopyTo(z, 0);
            state = next;
            iterations++;
        }

        // Classify the final point: certificate of attainment, else divergence, else the stop reason.
        var (t, b) = reduced.ToOriginal(z);
        double g = Vectors.Norm(state.Gradient);
        var (mu, newtonLength) = CurvatureAndNewtonLength(state.Hessian, state.Gradient, r);
        bool certified = r == 0 || (mu > 0 && (c == 0 || (double.IsFinite(c) && g <= mu / (4 * Math.E * c))));
        if (certified)
        {
            double gap = r == 0 ? 0.0 : c == 0 ? g * g / (2 * mu) : 2 * Math.E * g * g / mu;
            return Build(data, loss, reduced, t, b, rankTolerance, new Outcome(
                LinearBaselineStatus.Converged, true, "newton", iterations, tolerance, gap, null));
        }

        double radius = double.IsFinite(c) && c > 0 ? 1.0 / c : 1.0;
        if (growRun >= DivergenceRun && newtonLength >= radius)
        {
            return Build(data, loss, reduced, t, b, rankTolerance, new Outcome(
                LinearBaselineStatus.Diverging, false, "newton", iterations, tolerance, double.PositiveInfinity,
                $"not attained: the predictions' norm ‖p‖ = ‖z‖ grew over the last {growRun} steps while R fell, and the Newton step at the last point " +
                $"is {newtonLength:G3} long (≥ {radius:G3}); R is decreasing along a recession direction (e.g. quasi-complete " +
                "separation). Value is the last R reached, an upper bound on the infimum"));
        }

        var status = stop == LinearBaselineStatus.Converged ? LinearBaselineStatus.Uncertified : stop;
        string why = double.IsFinite(c)
            ? $"‖∇_z R‖ = {g:G3} is not ≤ λ_min/(4ec) = {mu / (4 * Math.E * Math.Max(c, double.Epsilon)):G3}"
            : $"no self-concordance constant is known for loss '{loss.Name}'";
        return Build(data, loss, reduced, t, b, rankTolerance, new Outcome(
            status, false, "newton", iterations, tolerance, double.PositiveInfinity,
            $"attainment not certified ({status}): {why}; Value is the last R reached, an upper bound on the infimum"));
    }

    /// <summary>One damped Newton step: the first shift τ whose direction passes Armijo backtracking.</summary>
    private static bool TryStep(Dataset data, ILoss loss, Reduced reduced, double[] z, State state, double[] step, double[] trial, out State next)
    {
        int r = reduced.Rank;
        double trace = 0;
        for (int a = 0; a < r; a++)
        {
            trace += state.Hessian[a * r + a];
        }
        double lipschitz = trace / r;
        if (!(lipschitz > 0) || !double.IsFinite(lipschitz))
        {
            lipschitz = double.IsFinite(loss.CurvatureBound) && loss.CurvatureBound > 0 ? loss.CurvatureBound / data.Count : 1.0;
        }

        foreach (double factor in ShiftFactors)
        {
            if (!TryCholeskySolve(state.Hessian, r, factor * lipschitz, state.Gradient, step))
            {
                continue;
            }
            double slope = 0;
            for (int a = 0; a < r; a++)
            {
                step[a] = -step[a];
                slope += state.Gradient[a] * step[a];
            }
            if (!(slope < 0))
            {
                continue;
            }
            double alpha = 1.0;
            State? full = null;
            for (int h = 0; h <= MaxHalvings; h++, alpha *= 0.5)
            {
                for (int a = 0; a < r; a++)
                {
                    trial[a] = z[a] + alpha * step[a];
                }
                var candidate = Evaluate(data, loss, reduced, trial);
                full ??= candidate;
                if (double.IsFinite(candidate.Value) && candidate.Value < state.Value
                    && candidate.Value <= state.Value + ArmijoSlope * alpha * slope)
                {
                    next = candidate;
                    return true;
                }
            }
            // Near the minimum the decrease ½gᵀH⁻¹g falls below the rounding of R, so Armijo cannot see it. Accept the
            // undamped Newton step when R stays within rounding (RoundingSlack·u·|R|) and the gradient at least halves.
            if (factor == 0 && full is not null
                && full.Value <= state.Value + RoundingSlack * Tolerances.UnitRoundoff * Math.Abs(state.Value)
                && Vectors.Norm(full.Gradient) <= 0.5 * Vectors.Norm(state.Gradient))
            {
                for (int a = 0; a < r; a++)
                {
                    trial[a] = z[a] + step[a];
                }
                next = full;
                return true;
            }
        }
        next = state;
        return false;
    }

    /// <summary>λ_min of the r×r Hessian and the length ‖H⁻¹g‖ of the full Newton step (+∞ when H is not positive definite).</summary>
    private static (double Mu, double NewtonLength) CurvatureAndNewtonLength(double[] hessian, double[] gradient, int r)
    {
        if (r == 0)
        {
            return (double.PositiveInfinity, 0.0);
        }
        var h = Matrix<double>.Build.Dense(r, r, (a, e) => 0.5 * (hessian[a * r + e] + hessian[e * r + a]));
        var evd = h.Evd(Symmetricity.Symmetric);
        double mu = double.PositiveInfinity, length2 = 0;
        for (int j = 0; j < r; j++)
        {
            double lambda = evd.EigenValues[j].Real;
            mu = Math.Min(mu, lambda);
            double proj = 0;
            for (int a = 0; a < r; a++)
            {
                proj += evd.EigenVectors[a, j] * gradient[a];
            }
            length2 = lambda > 0 ? length2 + proj / lambda * (proj / lambda) : double.PositiveInfinity;
        }
        return (mu, Math.Sqrt(length2));
    }

    /// <summary>Solves (H + shift·I) x = rhs by Cholesky; false when the shifted matrix is not numerically positive definite.</summary>
    private static bool TryCholeskySolve(double[] h, int r, double shift, double[] rhs, double[] x)
    {
        var l = new double[r * r];
        for (int i = 0; i < r; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = 0.5 * (h[i * r + j] + h[j * r + i]) + (i == j ? shift : 0.0);
                for (int k = 0; k < j; k++)
                {
                    s -= l[i * r + k] * l[j * r + k];
                }
                if (i == j)
                {
                    if (!(s > 0) || !double.IsFinite(s))
                    {
                        return false;
                    }
                    l[i * r + i] = Math.Sqrt(s);
                }
                else
                {
                    l[i * r + j] = s / l[j * r + j];
                }
            }
        }
        for (int i = 0; i < r; i++)
        {
            double s = rhs[i];
            for (int k = 0; k < i; k++)
            {
                s -= l[i * r + k] * x[k];
            }
            x[i] = s / l[i * r + i];
        }
        for (int i = r - 1; i >= 0; i--)
        {
            double s = x[i];
            for (int k = i + 1; k < r; k++)
            {
                s -= l[k * r + i] * x[k];
            }
            x[i] = s / l[i * r + i];
        }
        foreach (double v in x)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Risk, gradient and Hessian in the orthonormal coordinates z (p = U_r z).</summary>
    private static State Evaluate(Dataset data, ILoss loss, Reduced reduced, double[] z)
    {
        int n = data.Count, r = reduced.Rank;
        var gradient = new double[r];
        var hessian = new double[r * r];
        double sum = 0, scale = 0;
        bool allPositive = true;
        for (int i = 0; i < n; i++)
        {
            double p = 0;
            for (int a = 0; a < r; a++)
            {
                p += reduced.U[i * r + a] * z[a];
            }
            double y = data.Target(i);
            sum += loss.Value(p, y);
            double first = loss.First(p, y), second = loss.Second(p, y);
            scale += Math.Abs(first) * reduced.RowNorms[i];
            allPositive &= y * p > 0;
            for (int a = 0; a < r; a++)
            {
                double ua = reduced.U[i * r + a];
                gradient[a] += first * ua;
                for (int e = 0; e <= a; e++)
                {
                    hessian[a * r + e] += second * ua * reduced.U[i * r + e];
                }
            }
        }
        for (int a = 0; a < r; a++)
        {
            gradient[a] /= n;
            for (int e = 0; e <= a; e++)
            {
                hessian[a * r + e] /= n;
                hessian[e * r + a] = hessian[a * r + e];
            }
        }
        return new State(sum / n, gradient, hessian, scale / n, allPositive);
    }

    /// <summary>‖U_rᵀ ℓ′(p)‖/n with p evaluated from (t, b) in the original coordinates.</summary>
    private static double ReducedGradientNorm(Dataset data, ILoss loss, Reduced reduced, double[] t, double b)
    {
        int n = data.Count, r = reduced.Rank;
        var g = new double[r];
        for (int i = 0; i < n; i++)
        {
            double s = loss.First(Vectors.Dot(t, data.Input(i)) + b, data.Target(i));
            for (int a = 0; a < r; a++)
            {
                g[a] += s * reduced.U[i * r + a];
            }
        }
        return Vectors.Norm(g) / n;
    }

    /// <summary>True when every margin y_i(tᵀx_i + b) exceeds its rounding bound 2(d+2)u·(Σ_k|t_k x_ik| + |b|).</summary>
    private static bool StrictlySeparates(Dataset data, double[] t, double b)
    {
        int d = data.Dimension;
        for (int i = 0; i < data.Count; i++)
        {
            var x = data.Input(i);
            double s = b, abs = Math.Abs(b);
            for (int k = 0; k < d; k++)
            {
                double prod = t[k] * x[k];
                s += prod;
                abs += Math.Abs(prod);
            }
            if (!(data.Target(i) * s > 2 * (d + 2) * Tolerances.UnitRoundoff * abs))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>c with |ℓ‴| ≤ c·ℓ″: 0 squared, 1 logistic (ℓ‴ = ℓ″(1 − 2σ)), 2 log-cosh (ℓ‴ = −2 tanh·sech²); NaN if unknown.</summary>
    private static double SelfConcordance(ILoss loss) => loss switch
    {
        SquaredLoss => 0.0,
        LogisticLoss => 1.0,
        LogCoshLoss => 2.0,
        _ => double.NaN,
    };

    private static LinearBaselineResult Build(Dataset data, ILoss loss, Reduced reduced, double[] t, double b, double rankTolerance, Outcome outcome)
    {
        var gradient = new double[data.Dimension];
        double risk = RiskAndGradient(data, loss, t, b, gradient, out double gb);
        double g2 = 0;
        foreach (double v in gradient)
        {
            g2 += v * v;
        }
        if (reduced.WithBias)
        {
            g2 += gb * gb;
        }
        double value = outcome.Status == LinearBaselineStatus.Separable ? 0.0 : risk;
        return new LinearBaselineResult
        {
            Value = value,
            Weights = t,
            Bias = b,
            WithBias = reduced.WithBias,
            Attained = outcome.Attained,
            Status = outcome.Status,
            Method = outcome.Method,
            LossName = loss.Name,
            Iterations = outcome.Iterations,
            GradientNorm = Math.Sqrt(g2),
            GradientTolerance = outcome.GradientTolerance,
            Rank = reduced.Rank,
            RankTolerance = rankTolerance,
            ValueErrorBound = outcome.ValueErrorBound,
            Note = outcome.Note,
        };
    }

    private static void ValidatePoint(Dataset data, ILoss loss, ReadOnlySpan<double> t, double b)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(loss);
        if (t.Length != data.Dimension)
        {
            throw new ArgumentException($"t has length {t.Length} but the data have d = {data.Dimension}", nameof(t));
        }
        for (int k = 0; k < t.Length; k++)
        {
            if (!double.IsFinite(t[k]))
            {
                throw new ArgumentException($"t[{k}] is {t[k]}: weights must be finite", nameof(t));
            }
        }
        if (!double.IsFinite(b))
        {
            throw new ArgumentException($"b is {b}: the bias must be finite", nameof(b));
        }
    }

    /// <summary>The row-space coordinates: U_r (n×r, row-major), σ_1..σ_r, V_r (cols×r, row-major).</summary>
    private sealed class Reduced
    {
        private readonly double[] _sigma;
        private readonly double[] _v;
        private readonly int _cols;
        private readonly int _dimension;

        public Reduced(Dataset data, ThinSvd svd, int rank, bool withBias)
        {
            int n = data.Count;
            Rank = rank;
            WithBias = withBias;
            _dimension = data.Dimension;
            _cols = svd.V.RowCount;
            U = new double[n * rank];
            for (int i = 0; i < n; i++)
            {
                for (int a = 0; a < rank; a++)
                {
                    U[i * rank + a] = svd.U[i, a];
                }
            }
            _sigma = svd.SingularValues[..rank];
            RowNorms = new double[n];
            for (int i = 0; i < n; i++)
            {
                double s = withBias ? 1.0 : 0.0;
                foreach (double x in data.Input(i))
                {
                    s += x * x;
                }
                RowNorms[i] = Math.Sqrt(s);
            }
            _v = new double[_cols * rank];
            for (int k = 0; k < _cols; k++)
            {
                for (int a = 0; a < rank; a++)
                {
                    _v[k * rank + a] = svd.V[k, a];
                }
            }
        }

        public int Rank { get; }

        public bool WithBias { get; }

        public double[] U { get; }

        /// <summary>‖a_i‖₂, the norms of the design rows (x_i, 1) or x_i.</summary>
        public double[] RowNorms { get; }

        /// <summary>‖∇_w R‖ = ‖V_r Σ_r g_z‖ = ‖Σ_r g_z‖, since ∇_w R = Aᵀℓ′/n = V_r Σ_r U_rᵀ ℓ′/n.</summary>
        public double OriginalGradientNorm(double[] gz)
        {
            double s = 0;
            for (int a = 0; a < Rank; a++)
            {
                double v = _sigma[a] * gz[a];
                s += v * v;
            }
            return Math.Sqrt(s);
        }

        /// <summary>(t, b) = V_r Σ_r⁻¹ z: the minimum-norm point whose predictions are U_r z.</summary>
        public (double[] T, double B) ToOriginal(double[] z)
        {
            var w = new double[_cols];
            for (int k = 0; k < _cols; k++)
            {
                double s = 0;
                for (int a = 0; a < Rank; a++)
                {
                    s += _v[k * Rank + a] * (z[a] / _sigma[a]);
                }
                w[k] = s;
            }
            return (w[.._dimension], WithBias ? w[_dimension] : 0.0);
        }
    }

    private sealed record State(double Value, double[] Gradient, double[] Hessian, double Scale, bool AllMarginsPositive);

    private sealed record Outcome(
        LinearBaselineStatus Status, bool Attained, string Method, int Iterations, double GradientTolerance,
        double ValueErrorBound, string? Note);
}
