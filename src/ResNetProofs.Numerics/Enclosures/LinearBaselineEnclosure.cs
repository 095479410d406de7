using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Losses;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// A rigorous enclosure [Lower, Upper] ∋ R_lin = inf_w R(w), R(w) = (1/n) Σ_i ℓ(wᵀa_i; y_i), around a floating-point
/// (near-)minimiser w̃ = (t̃, b̃) such as <see cref="LinearBaseline.Minimize"/> returns. The design rows are a_i = (x_i, 1)
/// with an output bias (w = (t, b)) and a_i = x_i without (w = t).
/// </summary>
/// <remarks>
/// <para>Placed in Enclosures, not Baselines: it is an interval-arithmetic certificate built on <see cref="IntervalLoss"/>
/// and <see cref="CertifiedEigenvalues"/>; Baselines stays plain floating point and only supplies w̃.</para>
/// <para><b>Upper.</b> R_lin ≤ R(w̃) for any w̃, so Upper = Hi of the interval evaluation of R(w̃) (outward rounding in
/// every prediction, loss value and sum). When a logistic baseline reports separable data, R(s·w̃) is also tried for
/// s = 2^10, 2^20, …, 2^100 and the smallest upper end is kept (still an upper bound: any point is).</para>
/// <para><b>Lower, by strong convexity on a ball.</b> Let g = ∇R(w̃) (enclosed; G ≥ ‖g‖₂ its certified norm bound) and
/// suppose ∇²R(w) ⪰ m·I with m &gt; 0 for all w in the ball B = B(w̃, ρ). Taylor's theorem with integral remainder on the
/// convex set B gives, for w = w̃ + δ ∈ B, R(w) ≥ R(w̃) + gᵀδ + (m/2)‖δ‖². On the sphere ‖δ‖ = ρ this is
/// ≥ R(w̃) + ρ(mρ/2 − G) &gt; R(w̃) when G &lt; mρ/2. For w outside B, the segment from w̃ to w meets the sphere at
/// w_b = (1 − λ)w̃ + λw with λ ∈ (0, 1), and convexity of R (every ℓ here is convex in p) gives
/// R(w) ≥ R(w̃) + (R(w_b) − R(w̃))/λ &gt; R(w̃). So inf R = min_B R (attained: B is compact), and on B
/// R(w) ≥ R(w̃) + min_δ (gᵀδ + (m/2)‖δ‖²) = R(w̃) − ‖g‖²/(2m) ≥ R(w̃) − G²/(2m). Lower = Lo of R(w̃) − G²/(2m), rounded down.</para>
/// <para><b>Curvature on the ball.</b> ∇²R(w) = (1/n) Σ ℓ″(wᵀa_i; y_i) a_i a_iᵀ and |wᵀa_i − w̃ᵀa_i| ≤ ρ‖a_i‖, so with
/// h_i = Lo of ℓ″ over the prediction interval (w̃ᵀa_i enclosed) ± ρ‖a_i‖ (clipped at 0), ∇²R(w) − H_lo =
/// (1/n) Σ (ℓ″_i − h_i) a_i a_iᵀ ⪰ 0 for H_lo = (1/n) Σ h_i a_i a_iᵀ. H_lo is formed as an <see cref="IntervalMatrix"/>
/// (rounding only) and m = <see cref="CertifiedEigenvalues.LowerBoundMinEigenvalue"/>(H_lo). For squared losses ℓ″ is
/// constant, so ρ = +∞ (R is quadratic and the bound holds on all of R^p; only m &gt; 0 is needed).</para>
/// <para><b>Coordinates.</b> The certificate runs in z = D⁻¹w, D = diag(2^{e_k}) an exact power-of-two column
/// equilibration (largest magnitude of each scaled design column in [1, 2)): the scaled rows D·a_i are exact, D is
/// invertible, so inf_z R(Dz) = R_lin, while a design with columns of very different size (an offset of 10⁶, a constant
/// 10⁸) becomes one the Cholesky certificate can handle. ρ, m and G below are in z.</para>
/// <para><b>Choice of ρ.</b> m₀ = the certified bound at ρ = 0; then ρ = f·G/m₀ for f = 4, 2.5, 8, 16, 32 in turn, the
/// first that satisfies G &lt; m(ρ)·ρ/2 (checked with rounding against the claim) wins.</para>
/// <para><b>Fallback.</b> When nothing is certified (rank-deficient designs, where m = 0 on the whole space; designs too
/// ill-conditioned for the certificate; separable logistic data, where R_lin = 0 is an infimum; the linear loss) Lower is
/// 0 for nonnegative losses (every loss here except "linear") and −∞ for "linear", and <see cref="LinearBaselineEnclosureResult.Status"/>
/// says why. No reduction to the column space is attempted for rank-deficient squared-loss designs.</para>
/// </remarks>
public static class LinearBaselineEnclosure
{
    /// <summary>Multiples f of G/m₀ tried as the ball radius ρ, in order (4 first: then m(ρ) ≥ m₀/2 suffices).</summary>
    private static readonly double[] RadiusFactors = [4, 2.5, 8, 16, 32];

    /// <summary>Encloses R_lin around the point (t̃, b̃) of a <see cref="LinearBaselineResult"/> (its Weights, Bias and WithBias).</summary>
    /// <exception cref="ArgumentException">See <see cref="Compute(Dataset, ILoss, bool, ReadOnlySpan{double}, double)"/>.</exception>
    public static LinearBaselineEnclosureResult Compute(Dataset data, ILoss loss, LinearBaselineResult baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return Compute(data, loss, baseline.WithBias, baseline.Weights, baseline.Bias, baseline.Status == LinearBaselineStatus.Separable);
    }

    /// <summary>
    /// Encloses R_lin = inf_w (1/n) Σ ℓ(wᵀa_i; y_i) around the point w̃ = (t̃, b̃) (b̃ ignored unless <paramref name="withBias"/>):
    /// t̃ has length d = data.Dimension. See the type remarks for the certificate.
    /// </summary>
    /// <exception cref="ArgumentException">Empty data, t̃ of the wrong length, a non-finite t̃ or b̃ (named by index), targets outside the loss's label set.</exception>
    /// <exception cref="NotSupportedException">The loss has no interval enclosure (<see cref="IntervalLoss"/>).</exception>
    public static LinearBaselineEnclosureResult Compute(Dataset data, ILoss loss, bool withBias, ReadOnlySpan<double> weights, double bias)
        => Compute(data, loss, withBias, weights, bias, separable: false);

    private static LinearBaselineEnclosureResult Compute(Dataset data, ILoss loss, bool withBias, ReadOnlySpan<double> weights, double bias, bool separable)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(loss);
        int n = data.Count, d = data.Dimension, p = d + (withBias ? 1 : 0);
        if (n == 0)
        {
            throw new ArgumentException("the dataset is empty", nameof(data));
        }
        if (weights.Length != d)
        {
            throw new ArgumentException($"weights have length {weights.Length}; the data have dimension {d}", nameof(weights));
        }
        var w = new double[p];
        for (int k = 0; k < d; k++)
        {
            if (!double.IsFinite(weights[k]))
            {
                throw new ArgumentException($"weights[{k}] is {weights[k]}: must be finite", nameof(weights));
            }
            w[k] = weights[k];
        }
        if (withBias)
        {
            if (!double.IsFinite(bias))
            {
                throw new ArgumentException($"bias is {bias}: must be finite", nameof(bias));
            }
            w[d] = bias;
        }
        loss.ValidateTargets(data);

        var rows = new double[n][];
        var rowNorms = new double[n];
        for (int i = 0; i < n; i++)
        {
            var x = data.Input(i);
            rows[i] = new double[p];
            var sq = Interval.Zero;
            for (int k = 0; k < p; k++)
            {
                double v = k < d ? x[k] : 1.0;
                rows[i][k] = v;
                sq += Interval.Sqr(Interval.Point(v));
            }
            rowNorms[i] = Interval.Sqrt(sq).Hi;
        }

        EquilibrateColumns(rows, w);
        var predictions = Predictions(rows, w);
        var risk = Risk(loss, data, predictions);
        double upper = risk.Hi;
        string upperNote = "Upper = R(w̃) in interval arithmetic";
        if (separable)
        {
            for (int k = 10; k <= 100; k += 10)
            {
                double scale = Math.ScaleB(1.0, k);
                var scaled = w.Select(v => v * scale).ToArray();
                if (scaled.All(double.IsFinite))
                {
                    double candidate = Risk(loss, data, Predictions(rows, scaled)).Hi;
                    if (candidate < upper)
                    {
                        upper = candidate;
                        upperNote = $"Upper = R(2^{k}·w̃) in interval arithmetic (separable data: R decreases along w̃)";
                    }
                }
            }
        }

        bool nonnegative = loss.Name != "linear";
        double fallback = nonnegative ? 0.0 : double.NegativeInfinity;
        string fallbackNote = nonnegative ? "Lower = 0 (ℓ ≥ 0)" : "Lower = −∞ (the linear loss is unbounded below)";

        // Gradient enclosure g = (1/n) Σ ℓ′(p_i) a_i and its norm bound G.
        var gradient = new Interval[p];
        Array.Fill(gradient, Interval.Zero);
        for (int i = 0; i < n; i++)
        {
            var slope = IntervalLoss.First(loss, predictions[i], data.Target(i));
            for (int k = 0; k < p; k++)
            {
                gradient[k] += slope * rows[i][k];
            }
        }
        for (int k = 0; k < p; k++)
        {
            gradient[k] /= n;
        }
        double gradientNorm = Interval.Norm(gradient).Hi;

        LinearBaselineEnclosureResult Result(double lower, double radius, double m, LinearBaselineEnclosureStatus status, string lowerNote) => new()
        {
            Lower = Math.Min(lower, upper),
            Upper = upper,
            Radius = radius,
            CurvatureLowerBound = m,
            GradientNormBound = gradientNorm,
            Attained = status == LinearBaselineEnclosureStatus.Certified,
            Status = status,
            WithBias = withBias,
            LossName = loss.Name,
            Method = $"{upperNote}; {lowerNote}",
        };

        if (!risk.IsFinite || !double.IsFinite(gradientNorm))
        {
            return Result(fallback, 0, double.NegativeInfinity, LinearBaselineEnclosureStatus.NotFinite, $"{fallbackNote}: R(w̃) or ∇R(w̃) overflowed");
        }

        bool quadratic = loss is SquaredLoss;
        double m0 = CurvatureBound(loss, data, rows, rowNorms, predictions, quadratic ? double.PositiveInfinity : 0);
        if (!(m0 > 0))
        {
            return Result(fallback, quadratic ? double.PositiveInfinity : 0, m0, LinearBaselineEnclosureStatus.NoCurvature,
                $"{fallbackNote}: no positive lower bound on λ_min(∇²R) could be proved (m = {m0:G3}; rank-deficient or ill-conditioned design, or vanishing curvature)");
        }
        if (quadratic)
        {
            double drop = Interval.Up(Interval.Up(gradientNorm * gradientNorm) / Interval.Down(2 * m0));
            double lower = Math.Max(fallback, Interval.Down(risk.Lo - drop));
            return Result(lower, double.PositiveInfinity, m0, LinearBaselineEnclosureStatus.Certified,
                "Lower = R(w̃) − G²/(2m), R quadratic with ∇²R ⪰ m·I (m certified by Cholesky)");
        }

        double lastRadius = 0, lastM = m0;
        foreach (double factor in RadiusFactors)
        {
            double radius = Interval.Up(factor * Interval.Up(gradientNorm / m0));
            if (!double.IsFinite(radius))
            {
                break;
            }
            double m = CurvatureBound(loss, data, rows, rowNorms, predictions, radius);
            lastRadius = radius;
            lastM = m;
            if (m > 0 && gradientNorm < Interval.Down(Interval.Down(m * radius) / 2))
            {
                double drop = Interval.Up(Interval.Up(gradientNorm * gradientNorm) / Interval.Down(2 * m));
                double lower = Math.Max(fallback, Interval.Down(risk.Lo - drop));
                return Result(lower, radius, m, LinearBaselineEnclosureStatus.Certified,
                    "Lower = R(w̃) − G²/(2m), ∇²R ⪰ m·I on B(w̃, ρ) with G < mρ/2 (minimiser inside the ball)");
            }
        }
        return Result(fallback, lastRadius, lastM, LinearBaselineEnclosureStatus.GradientTooLarge,
            $"{fallbackNote}: m₀ = {m0:G3} at w̃, but no tried radius gave G < m(ρ)ρ/2 (G = {gradientNorm:G3})");
    }

    /// <summary>
    /// Exact power-of-two column scaling: column k of the design is multiplied by 2^{e_k} (e_k = −exponent of its largest
    /// magnitude) and w_k by 2^{−e_k}, in place. The scaled rows are D·a_i exactly (each scaling is checked to round-trip, and
    /// left at e_k = 0 otherwise), so R̃(z) = R(Dz) with D invertible and inf R̃ = inf R = R_lin: the certificate may be
    /// run in z. The scaled point z̃ need not be exact (any point gives valid bounds).
    /// </summary>
    private static void EquilibrateColumns(double[][] rows, double[] w)
    {
        int n = rows.Length, p = w.Length;
        for (int k = 0; k < p; k++)
        {
            double max = 0;
            for (int i = 0; i < n; i++)
            {
                max = Math.Max(max, Math.Abs(rows[i][k]));
            }
            if (max == 0 || !double.IsFinite(max))
            {
                continue;
            }
            int e = -Math.ILogB(max);
            if (e == 0)
            {
                continue;
            }
            bool exact = true;
            for (int i = 0; i < n && exact; i++)
            {
                double v = rows[i][k], scaled = Math.ScaleB(v, e);
                exact = double.IsFinite(scaled) && Math.ScaleB(scaled, -e) == v;
            }
            double zk = Math.ScaleB(w[k], -e);
            if (!exact || !double.IsFinite(zk))
            {
                continue;
            }
            for (int i = 0; i < n; i++)
            {
                rows[i][k] = Math.ScaleB(rows[i][k], e);
            }
            w[k] = zk;
        }
    }

    /// <summary>The prediction intervals wᵀa_i (point w and rows, rounded outward).</summary>
    /// <summary>
    /// Encloses R_lin(u, β) = (1/n) Σ ℓ(uᵀx_i (+ β); y_i) at one given point (u, β): an upper bound on R_lin whatever (u, β),
    /// and the exact value of the baseline risk that convexity certificates such as R ≤ R_lin(u) + … speak of.
    /// </summary>
    public static Interval RiskAt(Dataset data, ILoss loss, bool withBias, ReadOnlySpan<double> weights, double bias)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(loss);
        int d = data.Dimension, p = d + (withBias ? 1 : 0);
        if (weights.Length != d)
        {
            throw new ArgumentException($"weights have length {weights.Length}; the data have dimension {d}", nameof(weights));
        }
        var w = new double[p];
        weights.CopyTo(w);
        if (withBias)
        {
            w[d] = bias;
        }
        var rows = new double[data.Count][];
        for (int i = 0; i < data.Count; i++)
        {
            rows[i] = new double[p];
            data.Input(i).CopyTo(rows[i]);
            if (withBias)
            {
                rows[i][d] = 1.0;
            }
        }
        return Risk(loss, data, Predictions(rows, w));
    }

    private static Interval[] Predictions(double[][] rows, double[] w)
    {
        var result = new Interval[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            var s = Interval.Zero;
            for (int k = 0; k < w.Length; k++)
            {
                s += Interval.Point(w[k]) * rows[i][k];
            }
            result[i] = s;
        }
        return result;
    }

    /// <summary>(1/n) Σ ℓ(p_i; y_i) over the prediction intervals.</summary>
    private static Interval Risk(ILoss loss, Dataset data, Interval[] predictions)
    {
        var s = Interval.Zero;
        for (int i = 0; i < predictions.Length; i++)
        {
            s += IntervalLoss.Value(loss, predictions[i], data.Target(i));
        }
        return s / predictions.Length;
    }

    /// <summary>
    /// Certified m ≤ λ_min(∇²R(w)) for all w with ‖w − w̃‖ ≤ radius: λ_min lower bound of H_lo = (1/n) Σ h_i a_i a_iᵀ,
    /// h_i = max(0, Lo ℓ″ over p_i ± radius·‖a_i‖). For radius = +∞ the loss must have constant ℓ″ (squared), and p_i is
    /// used as is.
    /// </summary>
    private static double CurvatureBound(ILoss loss, Dataset data, double[][] rows, double[] rowNorms, Interval[] predictions, double radius)
    {
        int n = rows.Length, p = rows[0].Length;
        var h = new double[n];
        for (int i = 0; i < n; i++)
        {
            var pi = double.IsPositiveInfinity(radius) || radius == 0 ? predictions[i] : predictions[i] + Interval.Ball(0, Interval.Up(radius * rowNorms[i]));
            double lo = IntervalLoss.Second(loss, pi, data.Target(i)).Lo;
            h[i] = double.IsNaN(lo) || lo < 0 ? 0 : lo;
        }
        var hessian = new IntervalMatrix(p, p);
        for (int j = 0; j < p; j++)
        {
            for (int k = j; k < p; k++)
            {
                var s = Interval.Zero;
                for (int i = 0; i < n; i++)
                {
                    if (h[i] != 0)
                    {
                        s += Interval.Point(h[i]) * (Interval.Point(rows[i][j]) * rows[i][k]);
                    }
                }
                s /= n;
                hessian[j, k] = s;
                hessian[k, j] = s;
            }
        }
        return CertifiedEigenvalues.LowerBoundMinEigenvalue(hessian);
    }
}
