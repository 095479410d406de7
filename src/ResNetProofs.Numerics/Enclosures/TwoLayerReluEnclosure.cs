using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// Interval enclosures of F, ∇F and ∇²F of a <see cref="TwoLayerReluObjective"/> over a box [θ] (the same formulas, evaluated
/// with <see cref="IntervalArcCosinePair"/> and outward rounding): every θ in the box has F(θ) ∈ [F], ∇F(θ) ∈ [∇F],
/// ∇²F(θ) ∈ [∇²F], provided the box avoids w_i = 0 and parallel or antiparallel pairs (otherwise the entries are unbounded).
/// </summary>
public sealed class TwoLayerReluEnclosure
{
    private readonly TwoLayerReluObjective _objective;
    private readonly Interval[][] _teacher;

    /// <summary>Enclosures for <paramref name="objective"/>.</summary>
    public TwoLayerReluEnclosure(TwoLayerReluObjective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        _objective = objective;
        _teacher = [.. objective.Teacher.Select(v => v.Select(Interval.Point).ToArray())];
    }

    /// <summary>An enclosure of F over the box.</summary>
    public Interval Value(Interval[] box)
    {
        var (w, u) = Split(box);
        var f = Interval.Zero;
        for (int j = 0; j < _teacher.Length; j++)
        {
            for (int l = 0; l < _teacher.Length; l++)
            {
                f += (j == l ? Interval.Dot(_teacher[j], _teacher[j]) / 2.0 : IntervalArcCosinePair.Kernel(_teacher[j], _teacher[l])) / 2.0;
            }
        }
        for (int i = 0; i < w.Length; i++)
        {
            f += Interval.Dot(w[i], w[i]) / 4.0;
            for (int l = i + 1; l < w.Length; l++)
            {
                f += IntervalArcCosinePair.Kernel(w[i], w[l]);
            }
            foreach (var v in _teacher)
            {
                f -= IntervalArcCosinePair.Kernel(w[i], v);
            }
        }
        if (u is not null)
        {
            f += Interval.Dot(u, u) / 2.0;
            for (int t = 0; t < u.Length; t++)
            {
                f += u[t] * LinearResidual(w, t) / 2.0;
            }
        }
        return f;
    }

    /// <summary>An enclosure of ∇F over the box.</summary>
    public Interval[] Gradient(Interval[] box)
    {
        var (w, u) = Split(box);
        int d = _objective.InputDimension;
        var g = Enumerable.Repeat(Interval.Zero, box.Length).ToArray();
        for (int i = 0; i < w.Length; i++)
        {
            for (int t = 0; t < d; t++)
            {
                g[(i * d) + t] += (w[i][t] / 2.0) + (u is null ? Interval.Zero : u[t] / 2.0);
            }
            for (int l = 0; l < w.Length; l++)
            {
                if (l != i)
                {
                    Add(g, i * d, IntervalArcCosinePair.Gradient(w[i], w[l]), 1);
                }
            }
            foreach (var v in _teacher)
            {
                Add(g, i * d, IntervalArcCosinePair.Gradient(w[i], v), -1);
            }
        }
        if (u is not null)
        {
            for (int t = 0; t < d; t++)
            {
                g[(w.Length * d) + t] = u[t] + (LinearResidual(w, t) / 2.0);
            }
        }
        return g;
    }

    /// <summary>An enclosure of ∇²F over the box (see <see cref="TwoLayerReluObjective.Hessian"/> for the blocks).</summary>
    public IntervalMatrix Hessian(Interval[] box)
    {
        var (w, u) = Split(box);
        int d = _objective.InputDimension, p = box.Length;
        var h = new IntervalMatrix(p, p);
        for (int i = 0; i < w.Length; i++)
        {
            for (int t = 0; t < d; t++)
            {
                h[(i * d) + t, (i * d) + t] += Interval.Point(0.5);
            }
            for (int l = 0; l < w.Length; l++)
            {
                if (l != i)
                {
                    AddBlock(h, i, i, d, IntervalArcCosinePair.SelfBlock(w[i], w[l]), 1);
                    AddBlock(h, i, l, d, IntervalArcCosinePair.CrossBlock(w[i], w[l]), 1);
                }
            }
            foreach (var v in _teacher)
            {
                AddBlock(h, i, i, d, IntervalArcCosinePair.SelfBlock(w[i], v), -1);
            }
        }
        if (u is not null)
        {
            int n = w.Length;
            for (int t = 0; t < d; t++)
            {
                h[(n * d) + t, (n * d) + t] = Interval.Point(1);
                for (int i = 0; i < n; i++)
                {
                    h[(i * d) + t, (n * d) + t] = Interval.Point(0.5);
                    h[(n * d) + t, (i * d) + t] = Interval.Point(0.5);
                }
            }
        }
        return h;
    }

    private Interval LinearResidual(Interval[][] w, int t)
    {
        var s = Interval.Zero;
        foreach (var wi in w)
        {
            s += wi[t];
        }
        foreach (var v in _teacher)
        {
            s -= v[t];
        }
        return s;
    }

    private (Interval[][] W, Interval[]? U) Split(Interval[] box)
    {
        ArgumentNullException.ThrowIfNull(box);
        if (box.Length != _objective.Dimension)
        {
            throw new ArgumentException($"box has length {box.Length}, expected {_objective.Dimension}", nameof(box));
        }
        int d = _objective.InputDimension;
        var w = Enumerable.Range(0, _objective.Students).Select(i => box[(i * d)..((i + 1) * d)]).ToArray();
        var u = _objective.Form == StudentForm.LinearSkip ? box[(_objective.Students * d)..] : null;
        return (w, u);
    }

    private static void Add(Interval[] g, int offset, Interval[] term, double sign)
    {
        for (int t = 0; t < term.Length; t++)
        {
            g[offset + t] += sign > 0 ? term[t] : -term[t];
        }
    }

    private static void AddBlock(IntervalMatrix h, int bi, int bj, int d, Interval[] block, double sign)
    {
        for (int r = 0; r < d; r++)
        {
            for (int c = 0; c < d; c++)
            {
                var e = block[(r * d) + c];
                h[(bi * d) + r, (bj * d) + c] += sign > 0 ? e : -e;
            }
        }
    }
}
