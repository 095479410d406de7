namespace ResNetProofs.Numerics.LinearAlgebra;

/// <summary>
/// The one home of the plain vector reductions: xᵀy and ‖x‖₂, each a left-to-right sum in index order (no SIMD, no
/// compensation), so every caller gets the same bits it got from its former local copy.
/// </summary>
public static class Vectors
{
    /// <summary>xᵀy = Σ_k x_k·y_k, summed k = 0, 1, … in order over x's length (y at least as long; NaN propagates).</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s = 0;
        for (int k = 0; k < x.Length; k++)
        {
            s += x[k] * y[k];
        }
        return s;
    }

    /// <summary>‖x‖₂ = √(Σ_k x_k²), summed in index order without scaling (overflows to ∞ beyond about 1e154 per entry).</summary>
    public static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(Dot(x, x));
}
