using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Baselines;

/// <summary>
/// min over ‖u‖₂ ≤ D of g(u) = (1/T)Σ_t ℓ(uᵀx_t; y_t) (no bias), with a certified lower bound by the Frank–Wolfe gap:
/// for convex g, min g ≥ g(u) − ∇g(u)ᵀu − D‖∇g(u)‖ at any u.
/// </summary>
/// <remarks>
/// Interior: when <see cref="LinearBaseline.Minimize"/> (no bias) returns an attained t* with ‖t*‖ &lt; D, u = t*.
/// Boundary: otherwise the minimiser satisfies ∇g(u) + λu = 0, ‖u‖ = D, λ &gt; 0. For λ &gt; 0, u(λ) = argmin g + (λ/2)‖u‖²
/// (damped Newton, the Hessian ⪰ λI) has ‖u(λ)‖ decreasing in λ; λ solves the secular equation 1/D − 1/‖u(λ)‖ = 0 by Newton
/// (d‖u‖/dλ = −uᵀ(H + λI)⁻¹u/‖u‖) inside a bisection bracket (Moré &amp; Sorensen 1983). u is then scaled onto the sphere.
/// </remarks>
public static class BallConstrainedLinearRisk
{
    /// <summary>
    /// Inner Newton stop: ‖∇g + λu‖ ≤ 1e−13·(S + λ‖u‖), S = max_t |ℓ′_t|‖x_t‖ the size of the gradient's terms: about 10³·u,
    /// the rounding of T-term sums. Relative, not floored at 1: with separable data and tiny λ both terms are tiny.
    /// </summary>
    public const double InnerGradientRelative = 1e-13;

    /// <summary>Outer stop: |‖u(λ)‖ − D| ≤ 1e−14·D, a few units of round-off in the norm (or λ stalls, <see cref="StallRelative"/>).</summary>
    public const double RadiusRelative = 1e-14;

    /// <summary>Smallest multiplier tried, relative to the mean eigenvalue of ∇²g(0): 1e−10 keeps H + λI definite against rounding (~1e−16·‖H‖).</summary>
    public const double MultiplierFloorRelative = 1e-10;

    /// <summary>Outer stop when a λ update moves by at most 8u·λ (a few units of round-off): the secular equation is solved to working precision.</summary>
    public const double StallRelative = 8 * Tolerances.UnitRoundoff;

    private const int MaxInnerIterations = 100;
    private const int MaxOuterIterations = 200;
    private const double ArmijoSlope = 1e-4;

    /// <summary>Minimises g over the ball of radius <paramref name="radius"/>; never throws for non-convergence (status NotConverged).</summary>
    /// <exception cref="ArgumentException">D ≤ 0 or not finite, or the targets do not suit the loss.</exception>
    public static BallConstrainedLinearRiskResult Minimize(Dataset data, ILoss loss, double radius)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(loss);
        if (!(radius > 0) || !double.IsFinite(radius))
        {
            throw new ArgumentException($"radius D is {radius}: need 0 < D < ∞", nameof(radius));
        }
        loss.ValidateTargets(data);
        var baseline = LinearBaseline.Minimize(data, loss, withBias: false);
        if (baseline.Attained && Vectors.Norm(baseline.Weights) < radius)
        {
            return Finish(data, loss, radius, baseline.Weights, 0, BallConstrainedLinearRiskStatus.Interior, 0);
        }

        int iterations = 0;
        var start = new double[data.Dimension];
        var (_, g0, h0) = Evaluate(data, loss, start, 0);
        // Below this λ, H + λI may lose definiteness to rounding when H is singular: 1e−10 of H's mean eigenvalue.
        double floor = MultiplierFloorRelative * Math.Max(h0.Trace() / data.Dimension, double.Epsilon);
        double lambda = Math.Max(Vectors.Norm(g0) / radius, floor);
        var u = Solve(data, loss, lambda, start, ref iterations);
        double lo = 0, hi = double.PositiveInfinity;
        var status = BallConstrainedLinearRiskStatus.NotConverged;
        for (int outer = 0; outer < MaxOuterIterations; outer++)
        {
            double norm = Vectors.Norm(u);
            if (Math.Abs(norm - radius) <= RadiusRelative * radius)
            {
                status = BallConstrainedLinearRiskStatus.Boundary;
                break;
            }
            if (norm > radius)
            {
                lo = lambda;
            }
            else
            {
                hi = lambda;
                if (lambda <= floor)
                {
                    // ‖u(λ)‖ < D down to the floor: the unconstrained minimiser is inside (the baseline did not certify it).
                    return Finish(data, loss, radius, u, lambda, BallConstrainedLinearRiskStatus.Interior, iterations);
                }
            }
            var (_, _, h) = Evaluate(data, loss, u, lambda);
            var solved = h.Cholesky().Solve(Vector<double>.Build.DenseOfArray(u));
            double derivative = -solved.DotProduct(Vector<double>.Build.DenseOfArray(u)) / (norm * norm * norm);
            double next = lambda - (((1 / radius) - (1 / norm)) / derivative);
            bool inside = next > lo && next < hi && double.IsFinite(next);
            next = Math.Max(inside ? next : double.IsInfinity(hi) ? lambda * 4 : lo == 0 ? hi / 4 : 0.5 * (lo + hi), floor);
            if (Math.Abs(next - lambda) <= StallRelative * lambda)
            {
                // λ no longer moves: ‖u(λ)‖ − D is rounding in the inner solve; scaling u onto the sphere is as good as it gets.
                status = BallConstrainedLinearRiskStatus.Boundary;
                break;
            }
            lambda = next;
            u = Solve(data, loss, lambda, u, ref iterations);
        }
        double scale = radius / Math.Max(Vectors.Norm(u), double.Epsilon);
        if (status == BallConstrainedLinearRiskStatus.NotConverged && scale >= 1)
        {
            scale = 1;
        }
        for (int k = 0; k < u.Length; k++)
        {
            u[k] *= scale;
        }
        return Finish(data, loss, radius, u, lambda, status, iterations);
    }

    /// <summary>u(λ) = argmin g(u) + (λ/2)‖u‖² by damped Newton from <paramref name="start"/> (λ &gt; 0 makes it strongly convex).</summary>
    private static double[] Solve(Dataset data, ILoss loss, double lambda, double[] start, ref int iterations)
    {
        var u = (double[])start.Clone();
        for (int it = 0; it < MaxInnerIterations; it++)
        {
            var (value, gradient, hessian) = Evaluate(data, loss, u, lambda);
            if (Vectors.Norm(gradient) <= InnerGradientRelative * (TermScale(data, loss, u) + (lambda * Vectors.Norm(u))))
            {
                break;
            }
            var step = hessian.Cholesky().Solve(Vector<double>.Build.DenseOfArray(gradient)).Negate().ToArray();
            double slope = 0;
            for (int k = 0; k < u.Length; k++)
            {
                slope += gradient[k] * step[k];
            }
            var trial = new double[u.Length];
            double alpha = 1;
            for (int halving = 0; halving < 60; halving++, alpha *= 0.5)
            {
                for (int k = 0; k < u.Length; k++)
                {
                    trial[k] = u[k] + (alpha * step[k]);
                }
                if (Evaluate(data, loss, trial, lambda).Value <= value + (ArmijoSlope * alpha * slope))
                {
                    break;
                }
            }
            iterations++;
            if (trial.SequenceEqual(u))
            {
                break;
            }
            u = trial;
        }
        return u;
    }

    /// <summary>g(u) + (λ/2)‖u‖², its gradient and Hessian (1/T)Σ ℓ″ x xᵀ + λI.</summary>
    private static (double Value, double[] Gradient, Matrix<double> Hessian) Evaluate(Dataset data, ILoss loss, double[] u, double lambda)
    {
        int n = data.Count, d = data.Dimension;
        var gradient = new double[d];
        var hessian = Matrix<double>.Build.Dense(d, d);
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            var x = data.Input(i);
            double p = Vectors.Dot(u, x), y = data.Target(i);
            sum += loss.Value(p, y);
            double first = loss.First(p, y), second = loss.Second(p, y);
            for (int a = 0; a < d; a++)
            {
                gradient[a] += first * x[a];
                for (int b = 0; b < d; b++)
                {
                    hessian[a, b] += second * x[a] * x[b];
                }
            }
        }
        for (int a = 0; a < d; a++)
        {
            gradient[a] = (gradient[a] / n) + (lambda * u[a]);
            for (int b = 0; b < d; b++)
            {
                hessian[a, b] = (hessian[a, b] / n) + (a == b ? lambda : 0);
            }
        }
        return ((sum / n) + (0.5 * lambda * Vectors.Dot(u, u)), gradient, hessian);
    }

    private static BallConstrainedLinearRiskResult Finish(Dataset data, ILoss loss, double radius, double[] u, double lambda, BallConstrainedLinearRiskStatus status, int iterations)
    {
        // Feasibility despite rounding of ‖u‖: pull u inside by 2(d + 2)u relative.
        double limit = radius * (1 - (2 * (data.Dimension + 2) * Tolerances.UnitRoundoff));
        double norm = Vectors.Norm(u);
        var feasible = norm > limit ? u.Select(x => x * (limit / norm)).ToArray() : (double[])u.Clone();
        var gradient = new double[data.Dimension];
        double value = LinearBaseline.RiskAndGradient(data, loss, feasible, 0, gradient, out _);
        double lossScale = 0;
        for (int i = 0; i < data.Count; i++)
        {
            lossScale = Math.Max(lossScale, Math.Abs(loss.Value(Vectors.Dot(feasible, data.Input(i)), data.Target(i))));
        }
        return new BallConstrainedLinearRiskResult
        {
            Radius = radius,
            Minimizer = feasible,
            Value = value,
            Gradient = gradient,
            LowerBound = value - Vectors.Dot(gradient, feasible) - (radius * Vectors.Norm(gradient)),
            Multiplier = lambda,
            Status = status,
            Iterations = iterations,
            LossScale = lossScale,
            GradientTermScale = TermScale(data, loss, feasible),
        };
    }

    /// <summary>max_t |ℓ′(uᵀx_t; y_t)|·‖x_t‖.</summary>
    private static double TermScale(Dataset data, ILoss loss, double[] u)
    {
        double scale = 0;
        for (int i = 0; i < data.Count; i++)
        {
            var x = data.Input(i);
            scale = Math.Max(scale, Math.Abs(loss.First(Vectors.Dot(u, x), data.Target(i))) * Vectors.Norm(x));
        }
        return scale;
    }
}
