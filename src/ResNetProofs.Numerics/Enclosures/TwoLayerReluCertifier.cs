using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Objectives;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// Certifies a numerical critical point θ̃ of a <see cref="TwoLayerReluObjective"/> as a strict local minimum. Steps:
/// (1) polish θ̃ by up to <see cref="PolishSteps"/> Newton steps (kept only while ‖∇F‖ decreases);
/// (2) Krawczyk's test on ∇F = 0 over boxes X = θ̃ + [−r, r]^P: with C = (∇²F(θ̃))⁻¹ in floating point,
/// K(X) = θ̃ − C[∇F(θ̃)] + (I − C[∇²F](X))(X − θ̃) ⊂ int X proves a unique zero of ∇F in X (Krawczyk 1969; Moore 1977);
/// (3) λ_min([∇²F](X)) &gt; 0 by <see cref="CertifiedEigenvalues.LowerBoundMinEigenvalue"/> makes F strictly convex on X, so
/// the zero is a strict local minimum; (4) F over X is enclosed by <see cref="TwoLayerReluEnclosure.Value"/>.
/// All enclosures come from <see cref="TwoLayerReluEnclosure"/> (outward rounding), so a box touching w_i = 0 or a
/// parallel pair fails rather than passes.
/// </summary>
public static class TwoLayerReluCertifier
{
    /// <summary>Newton steps of the polish (3: from ‖∇F‖ ≈ 10⁻⁹ quadratic convergence reaches rounding in one or two).</summary>
    public const int PolishSteps = 3;

    /// <summary>Radii tried: r₀ = max(4‖C∇F(θ̃)‖∞, 10⁻¹²·max(1, ‖θ̃‖∞)), then ×10 up to this many times.</summary>
    public const int RadiusAttempts = 6;

    /// <summary>Runs the four steps from <paramref name="theta"/>; never throws for a failed proof (the reason says which step failed).</summary>
    public static TwoLayerReluCertificate Certify(TwoLayerReluObjective objective, ReadOnlySpan<double> theta)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var x = Polish(objective, theta.ToArray());
        int p = objective.Dimension;
        var gradient = new double[p];
        objective.Gradient(x, gradient);
        double gnorm = gradient.Max(Math.Abs);
        var enclosure = new TwoLayerReluEnclosure(objective);
        var point = x.Select(Interval.Point).ToArray();
        var h = objective.Hessian(x);
        var hs = (h + h.Transpose()) / 2;
        Matrix<double> c;
        try
        {
            c = hs.Inverse();
        }
        catch (ArgumentException)
        {
            return Fail(x, enclosure.Value(point), gnorm, "the Hessian at θ̃ is singular");
        }
        if (c.Enumerate().Any(v => !double.IsFinite(v)))
        {
            return Fail(x, enclosure.Value(point), gnorm, "the Hessian at θ̃ is singular");
        }
        var g0 = enclosure.Gradient(point);
        var cg0 = Times(c, g0);
        double scale = Math.Max(1, x.Max(Math.Abs));
        double radius = Math.Max(4 * cg0.Max(v => v.Magnitude), 1e-12 * scale);
        string last = "no radius tried";
        for (int attempt = 0; attempt < RadiusAttempts && double.IsFinite(radius); attempt++, radius *= 10)
        {
            var box = x.Select(v => Interval.Ball(v, radius)).ToArray();
            var hx = enclosure.Hessian(box);
            if (!hx.IsFinite)
            {
                last = Format($"the Hessian enclosure is unbounded at r = {radius:G3} (a neuron near 0 or a pair near parallel)");
                break;
            }
            if (Krawczyk(c, cg0, hx, radius) is { } failure)
            {
                last = Format($"Krawczyk failed at r = {radius:G3}: component {failure}");
                continue;
            }
            double lower = CertifiedEigenvalues.LowerBoundMinEigenvalue(hx);
            var value = enclosure.Value(box);
            if (!(lower > 0))
            {
                return new(false, x, radius, lower, value, gnorm, Format($"unique critical point within r = {radius:G3}, but λ_min(∇²F) over the box not proved > 0 (bound {lower:G3})"));
            }
            return new(true, x, radius, lower, value, gnorm,
                Format($"Krawczyk K ⊂ int X at r = {radius:G3}: one critical point in X; λ_min(∇²F) ≥ {lower:G4} on X: strict local minimum with F ∈ [{value.Lo:G10}, {value.Hi:G10}]"));
        }
        return Fail(x, enclosure.Value(point), gnorm, last);
    }

    private static TwoLayerReluCertificate Fail(double[] x, Interval value, double gnorm, string reason) =>
        new(false, x, double.NaN, double.NegativeInfinity, value, gnorm, reason);

    private static double[] Polish(TwoLayerReluObjective objective, double[] x)
    {
        var g = new double[x.Length];
        objective.Gradient(x, g);
        double best = g.Max(Math.Abs);
        for (int s = 0; s < PolishSteps && best > 0; s++)
        {
            var h = objective.Hessian(x);
            Vector<double> step;
            try
            {
                step = h.Solve(Vector<double>.Build.DenseOfArray(g));
            }
            catch (ArgumentException)
            {
                break;
            }
            var y = x.Select((v, t) => v - step[t]).ToArray();
            if (y.Any(v => !double.IsFinite(v)))
            {
                break;
            }
            objective.Gradient(y, g);
            double norm = g.Max(Math.Abs);
            if (!(norm < best))
            {
                break;
            }
            (x, best) = (y, norm);
        }
        return x;
    }

    /// <summary>Null when K(X) − θ̃ = −C[g] + (I − C[H])[−r, r]^P lies in (−r, r)^P; otherwise the first component that does not.</summary>
    private static string? Krawczyk(Matrix<double> c, Interval[] cg0, IntervalMatrix hx, double radius)
    {
        int p = cg0.Length;
        var x = new Interval(-radius, radius);
        var row = new Interval[p];
        for (int i = 0; i < p; i++)
        {
            var k = -cg0[i];
            for (int j = 0; j < p; j++)
            {
                var m = i == j ? Interval.Point(1) : Interval.Zero;
                for (int l = 0; l < p; l++)
                {
                    double cil = c[i, l];
                    if (cil != 0)
                    {
                        m -= cil * hx[l, j];
                    }
                }
                row[j] = m;
            }
            for (int j = 0; j < p; j++)
            {
                k += row[j] * x;
            }
            if (!(k.Lo > -radius && k.Hi < radius))
            {
                return Format($"{i} of K − θ̃ = {k} ⊄ (−r, r)");
            }
        }
        return null;
    }

    private static Interval[] Times(Matrix<double> c, Interval[] v)
    {
        var result = new Interval[v.Length];
        for (int i = 0; i < v.Length; i++)
        {
            var s = Interval.Zero;
            for (int j = 0; j < v.Length; j++)
            {
                s += c[i, j] * v[j];
            }
            result[i] = s;
        }
        return result;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
