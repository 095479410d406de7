
namespace ResNetProofs.Numerics.Kernels;

/// <summary>
/// The derivatives of the arc-cosine kernel K(a, b) = E[relu(aᵀx) relu(bᵀx)] = ‖a‖‖b‖(sin φ + (π − φ)cos φ)/(2π)
/// (<see cref="ArcCosineKernel"/>), x ~ N(0, I), φ the angle between a and b, with â = a/‖a‖, b̂ = b/‖b‖,
/// u_a = (b̂ − cos φ·â)/sin φ and u_b = (â − cos φ·b̂)/sin φ:
/// ∇_a K = g(a, b) = (‖b‖ sin φ·â + (π − φ)·b)/(2π);
/// ∂g/∂a = A(a, b) = ‖b‖ sin φ/(2π‖a‖)·(I − ââᵀ + u_a u_aᵀ);
/// ∂g/∂b = B(a, b) = ((π − φ)I + sin φ(â b̂ᵀ + u_a u_bᵀ))/(2π).
/// </summary>
/// <remarks>
/// Conventions where K is not smooth. At a = 0 (K is not differentiable there) everything is 0: the choice relu′(0) = 0,
/// under which ∇_a E[relu(aᵀx) relu(bᵀx)] = E[1(aᵀx &gt; 0) x relu(bᵀx)] vanishes at a = 0. At b = 0, g = 0 and A = B = 0.
/// When sin φ = 0 in floating point (φ ∈ {0, π}), A and B take their limits A = 0, B = (π − φ)I/(2π): both blocks are
/// continuous there (the sin φ factor cancels the 1/sin φ of ∇φ), though the third derivatives are not.
/// </remarks>
public static class ArcCosinePair
{
    /// <summary>Adds <paramref name="scale"/>·g(a, b) = scale·(‖b‖ sin φ·â + (π − φ)·b)/(2π) to <paramref name="sum"/> (nothing at a = 0 or b = 0).</summary>
    public static void AddGradient(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double scale, Span<double> sum)
    {
        double na = ArcCosineKernel.Norm(a), nb = ArcCosineKernel.Norm(b);
        if (na == 0 || nb == 0)
        {
            return;
        }
        double phi = ArcCosineKernel.Angle(a, b);
        double ca = scale * nb * Math.Sin(phi) / (2 * Math.PI * na), cb = scale * (Math.PI - phi) / (2 * Math.PI);
        for (int t = 0; t < a.Length; t++)
        {
            sum[t] += (ca * a[t]) + (cb * b[t]);
        }
    }

    /// <summary>The d×d block A(a, b) = ∂g/∂a, row-major (zero at a = 0 or b = 0 or sin φ = 0).</summary>
    public static double[] SelfBlock(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int d = a.Length;
        var block = new double[d * d];
        if (!Frame(a, b, out double na, out double nb, out double phi, out var ah, out var bh, out var ua, out _))
        {
            return block;
        }
        double c = nb * Math.Sin(phi) / (2 * Math.PI * na);
        for (int r = 0; r < d; r++)
        {
            for (int s = 0; s < d; s++)
            {
                block[(r * d) + s] = c * ((r == s ? 1 : 0) - (ah[r] * ah[s]) + (ua[r] * ua[s]));
            }
        }
        return block;
    }

    /// <summary>The d×d block B(a, b) = ∂g/∂b, row-major (zero at a = 0 or b = 0; (π − φ)I/(2π) when sin φ = 0).</summary>
    public static double[] CrossBlock(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int d = a.Length;
        var block = new double[d * d];
        if (ArcCosineKernel.Norm(a) == 0 || ArcCosineKernel.Norm(b) == 0)
        {
            return block;
        }
        bool generic = Frame(a, b, out _, out _, out double phi, out var ah, out var bh, out var ua, out var ub);
        double diag = (Math.PI - phi) / (2 * Math.PI), s = generic ? Math.Sin(phi) / (2 * Math.PI) : 0;
        for (int r = 0; r < d; r++)
        {
            for (int t = 0; t < d; t++)
            {
                block[(r * d) + t] = (r == t ? diag : 0) + (generic ? s * ((ah[r] * bh[t]) + (ua[r] * ub[t])) : 0);
            }
        }
        return block;
    }

    /// <summary>
    /// Norms, angle, unit vectors and the unit tangents u_a, u_b; false when a or b is zero or sin φ = 0 (then only the norms
    /// and φ are meaningful).
    /// </summary>
    private static bool Frame(ReadOnlySpan<double> a, ReadOnlySpan<double> b, out double na, out double nb, out double phi,
        out double[] ah, out double[] bh, out double[] ua, out double[] ub)
    {
        int d = a.Length;
        na = ArcCosineKernel.Norm(a);
        nb = ArcCosineKernel.Norm(b);
        ah = new double[d];
        bh = new double[d];
        ua = new double[d];
        ub = new double[d];
        phi = double.NaN;
        if (na == 0 || nb == 0)
        {
            return false;
        }
        phi = ArcCosineKernel.Angle(a, b);
        double sin = Math.Sin(phi), cos = Math.Cos(phi);
        for (int t = 0; t < d; t++)
        {
            ah[t] = a[t] / na;
            bh[t] = b[t] / nb;
        }
        if (sin == 0)
        {
            return false;
        }
        for (int t = 0; t < d; t++)
        {
            ua[t] = (bh[t] - (cos * ah[t])) / sin;
            ub[t] = (ah[t] - (cos * bh[t])) / sin;
        }
        return true;
    }
}
