using ResNetProofs.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Kernels;

/// <summary>
/// The Gaussian expectations behind the closed-form CNN loss (theorems.md, derived and checked by Monte Carlo), for z ~ N(0, I_p)
/// and φ the angle between w and v: E[relu(wᵀz) relu(vᵀz)] = ‖w‖‖v‖(sin φ + (π − φ)cos φ)/(2π), E[relu(wᵀz) vᵀz] = wᵀv/2,
/// E[relu(wᵀz)] = ‖w‖/√(2π). Angles are computed as atan2(‖v̂ − cos φ·ŵ‖, cos φ), accurate near 0 and π.
/// </summary>
public static class ArcCosineKernel
{
    /// <summary>1/√(2π), the mean of relu(g) for g ~ N(0, 1).</summary>
    public static readonly double MeanRelu = 1 / Math.Sqrt(2 * Math.PI);

    /// <summary>h(φ) = sin φ + (π − φ)cos φ on [0, π]: π at 0, decreasing, φ-cubic at π (h(π − ε) = ε³/3 + O(ε⁵)).</summary>
    public static double Shape(double angle) => Math.Sin(angle) + ((Math.PI - angle) * Math.Cos(angle));

    /// <summary>
    /// The angle φ ∈ [0, π] between nonzero w and v (same length), as atan2(‖v̂ − cŵ‖, c) with c = ŵᵀv̂ (backward stable; no arccos).
    /// Returns NaN when w or v is zero.
    /// </summary>
    public static double Angle(ReadOnlySpan<double> w, ReadOnlySpan<double> v)
    {
        double nw = Norm(w), nv = Norm(v);
        if (nw == 0 || nv == 0)
        {
            return double.NaN;
        }
        double c = 0;
        for (int i = 0; i < w.Length; i++)
        {
            c += w[i] / nw * (v[i] / nv);
        }
        double s2 = 0;
        for (int i = 0; i < w.Length; i++)
        {
            double r = (v[i] / nv) - (c * w[i] / nw);
            s2 += r * r;
        }
        return Math.Atan2(Math.Sqrt(s2), c);
    }

    /// <summary>E[relu(wᵀz) relu(vᵀz)] = ‖w‖‖v‖ h(φ)/(2π) (0 when w or v is zero).</summary>
    public static double Kernel(ReadOnlySpan<double> w, ReadOnlySpan<double> v)
    {
        double nw = Norm(w), nv = Norm(v);
        return nw == 0 || nv == 0 ? 0.0 : nw * nv * Shape(Angle(w, v)) / (2 * Math.PI);
    }

    /// <summary>E[relu(wᵀz) vᵀz] = wᵀv/2.</summary>
    public static double ReluTimesLinear(ReadOnlySpan<double> w, ReadOnlySpan<double> v)
    {
        double d = 0;
        for (int i = 0; i < w.Length; i++)
        {
            d += w[i] * v[i];
        }
        return d / 2;
    }

    /// <summary>E[relu(wᵀz)] = ‖w‖/√(2π).</summary>
    public static double ExpectedRelu(ReadOnlySpan<double> w) => Norm(w) * MeanRelu;

    /// <summary>‖x‖₂ (<see cref="Vectors.Norm"/>; kept here for the Liu 2019 call sites).</summary>
    public static double Norm(ReadOnlySpan<double> x) => Vectors.Norm(x);
}
