using System.Numerics;
using System.Runtime.InteropServices;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>SIMD kernels on spans used by the derivative passes. Lengths must agree (checked by the caller).</summary>
internal static class VectorKernels
{
    /// <summary>y ← y + a·x.</summary>
    public static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        if (a == 0)
        {
            return;
        }
        int k = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var va = new Vector<double>(a);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            for (int j = 0; j < vx.Length; j++)
            {
                vy[j] += va * vx[j];
            }
            k = vx.Length * Vector<double>.Count;
        }
        for (; k < x.Length; k++)
        {
            y[k] += a * x[k];
        }
    }

    /// <summary>y ← a·x (overwrites y).</summary>
    public static void Scale(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int k = 0; k < x.Length; k++)
        {
            y[k] = a * x[k];
        }
    }

    /// <summary>y ← y + x.</summary>
    public static void Add(ReadOnlySpan<double> x, Span<double> y) => Axpy(1.0, x, y);
}
