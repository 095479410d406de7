using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Kernels;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// Interval enclosures of the arc-cosine kernel and its derivatives (<see cref="ArcCosinePair"/>) over boxes a ∈ [a], b ∈ [b]:
/// K = ‖a‖‖b‖(sin φ + (π − φ)cos φ)/(2π), g = ∂K/∂a, A = ∂g/∂a, B = ∂g/∂b, with cos φ = âᵀb̂ (clipped to [−1, 1]),
/// sin φ = √((1 − cos φ)(1 + cos φ)) and φ = arccos(cos φ). A box touching a = 0, b = 0 or sin φ = 0 gives unbounded
/// (<see cref="Interval.Entire"/>) entries, which fail every test downstream instead of deciding one.
/// </summary>
/// <remarks>
/// arccos is Math.Acos widened by <see cref="Interval.ElementaryUlps"/> ulps on each side, the same library-accuracy
/// assumption as <see cref="Interval"/>'s exp and log (glibc lists ≤ 1 ulp for acos on x86_64).
/// </remarks>
public static class IntervalArcCosinePair
{
    private static readonly Interval TwoPi = Interval.Pi * 2.0;

    /// <summary>The geometry of a pair: norms, unit vectors, cos φ, sin φ, π − φ.</summary>
    private readonly record struct Geometry(Interval Na, Interval Nb, Interval[] Ah, Interval[] Bh, Interval Cos, Interval Sin, Interval PiMinusPhi);

    /// <summary>An enclosure of arccos over [c] ⊂ [−1, 1] (arccos is decreasing).</summary>
    public static Interval Acos(Interval c)
    {
        double lo = Math.Max(-1, c.Lo), hi = Math.Min(1, c.Hi);
        if (!(lo <= hi))
        {
            return Interval.Entire;
        }
        double down = Math.Acos(hi), up = Math.Acos(lo);
        for (int u = 0; u < Interval.ElementaryUlps; u++)
        {
            down = Math.BitDecrement(down);
            up = Math.BitIncrement(up);
        }
        return new Interval(Math.Max(0, down), up);
    }

    /// <summary>An enclosure of K(a, b) = E[relu(aᵀx) relu(bᵀx)].</summary>
    public static Interval Kernel(Interval[] a, Interval[] b)
    {
        var g = Frame(a, b);
        return g.Na * g.Nb * (g.Sin + (g.PiMinusPhi * g.Cos)) / TwoPi;
    }

    /// <summary>An enclosure of g(a, b) = ∇_a K = (‖b‖ sin φ·â + (π − φ)·b)/(2π).</summary>
    public static Interval[] Gradient(Interval[] a, Interval[] b)
    {
        var g = Frame(a, b);
        var ns = g.Nb * g.Sin;
        return [.. Enumerable.Range(0, a.Length).Select(t => ((ns * g.Ah[t]) + (g.PiMinusPhi * b[t])) / TwoPi)];
    }

    /// <summary>An enclosure of A(a, b) = ‖b‖/(2π‖a‖)·(sin φ(I − ââᵀ) + (b̂ − cos φ·â)(b̂ − cos φ·â)ᵀ/sin φ), row-major d×d.</summary>
    public static Interval[] SelfBlock(Interval[] a, Interval[] b)
    {
        var g = Frame(a, b);
        int d = a.Length;
        var ta = Tangent(g.Bh, g.Ah, g.Cos);
        var c = g.Nb / (TwoPi * g.Na);
        var block = new Interval[d * d];
        for (int r = 0; r < d; r++)
        {
            for (int s = 0; s < d; s++)
            {
                var proj = (r == s ? Interval.Point(1) : Interval.Zero) - (g.Ah[r] * g.Ah[s]);
                block[(r * d) + s] = c * ((g.Sin * proj) + (ta[r] * ta[s] / g.Sin));
            }
        }
        return block;
    }

    /// <summary>An enclosure of B(a, b) = ((π − φ)I + sin φ·â b̂ᵀ + (b̂ − cos φ·â)(â − cos φ·b̂)ᵀ/sin φ)/(2π), row-major d×d.</summary>
    public static Interval[] CrossBlock(Interval[] a, Interval[] b)
    {
        var g = Frame(a, b);
        int d = a.Length;
        var ta = Tangent(g.Bh, g.Ah, g.Cos);
        var tb = Tangent(g.Ah, g.Bh, g.Cos);
        var block = new Interval[d * d];
        for (int r = 0; r < d; r++)
        {
            for (int s = 0; s < d; s++)
            {
                var diag = r == s ? g.PiMinusPhi : Interval.Zero;
                block[(r * d) + s] = (diag + (g.Sin * g.Ah[r] * g.Bh[s]) + (ta[r] * tb[s] / g.Sin)) / TwoPi;
            }
        }
        return block;
    }

    private static Interval[] Tangent(Interval[] toward, Interval[] from, Interval cos) =>
        [.. toward.Select((x, t) => x - (cos * from[t]))];

    private static Geometry Frame(Interval[] a, Interval[] b)
    {
        var na = Interval.Norm(a);
        var nb = Interval.Norm(b);
        var ah = a.Select(x => x / na).ToArray();
        var bh = b.Select(x => x / nb).ToArray();
        var dot = Interval.Dot(ah, bh);
        var cos = dot.IsFinite ? new Interval(Math.Max(-1, dot.Lo), Math.Min(1, dot.Hi)) : Interval.Entire;
        var sin = Interval.Sqrt(Interval.PositivePart((Interval.Point(1) - cos) * (Interval.Point(1) + cos)));
        var phi = cos.IsFinite ? Acos(cos) : Interval.Entire;
        return new Geometry(na, nb, ah, bh, cos, sin, Interval.Pi - phi);
    }
}
