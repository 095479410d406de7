using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Spectra;

/// <summary>
/// A unit vector v with its Rayleigh quotient ρ = vᵀAv / vᵀv re-evaluated explicitly from A (not taken from an eigensolver),
/// and a rounding bound |fl(ρ) − ρ| ≤ β. ρ + β &lt; 0 certifies λ_min(A) ≤ ρ &lt; 0.
/// </summary>
public sealed record EigenWitness
{
    /// <summary>v, normalised to ‖v‖₂ = 1 (up to rounding).</summary>
    public required double[] Vector { get; init; }

    /// <summary>ρ = vᵀAv / vᵀv, computed as Σ_i v_i (Σ_j A_ij v_j) with the matrix as given (vᵀAv = vᵀ·½(A + Aᵀ)·v).</summary>
    public required double RayleighQuotient { get; init; }

    /// <summary>β = 1.01·[(P+2)u·|v|ᵀ|A||v| + (P+3)u·|vᵀAv|] / vᵀv, the standard γ_n bound for the two sums and the division.</summary>
    public required double RoundingBound { get; init; }

    /// <summary>True when ρ + β &lt; 0, so vᵀAv &lt; 0 holds despite rounding, hence λ_min(A) &lt; 0.</summary>
    public bool IsCertifiedNegative => RayleighQuotient + RoundingBound < 0;

    /// <summary>Normalises <paramref name="v"/> and re-evaluates ρ = vᵀAv / vᵀv with its rounding bound.</summary>
    /// <exception cref="ArgumentException">A is not square, v has the wrong length, v is zero, or an entry is not finite.</exception>
    public static EigenWitness FromVector(Matrix<double> a, ReadOnlySpan<double> v)
    {
        ArgumentNullException.ThrowIfNull(a);
        int p = a.RowCount;
        if (a.ColumnCount != p)
        {
            throw new ArgumentException($"the matrix is {a.RowCount}×{a.ColumnCount}, not square", nameof(a));
        }
        if (v.Length != p)
        {
            throw new ArgumentException($"v has length {v.Length} but the matrix is {p}×{p}", nameof(v));
        }
        double norm2 = 0;
        for (int i = 0; i < p; i++)
        {
            if (!double.IsFinite(v[i]))
            {
                throw new ArgumentException($"v[{i}] is {v[i]}: entries must be finite", nameof(v));
            }
            norm2 += v[i] * v[i];
        }
        if (!(norm2 > 0))
        {
            throw new ArgumentException("v is the zero vector: a witness needs v ≠ 0", nameof(v));
        }
        double inv = 1.0 / Math.Sqrt(norm2);
        var unit = new double[p];
        for (int i = 0; i < p; i++)
        {
            unit[i] = v[i] * inv;
        }

        double num = 0, abs = 0, den = 0;
        for (int i = 0; i < p; i++)
        {
            double row = 0, rowAbs = 0;
            for (int j = 0; j < p; j++)
            {
                double aij = a[i, j];
                if (!double.IsFinite(aij))
                {
                    throw new ArgumentException($"A[{i},{j}] is {aij}: entries must be finite", nameof(a));
                }
                row += aij * unit[j];
                rowAbs += Math.Abs(aij) * Math.Abs(unit[j]);
            }
            num += unit[i] * row;
            abs += Math.Abs(unit[i]) * rowAbs;
            den += unit[i] * unit[i];
        }
        double u = Tolerances.UnitRoundoff;
        double bound = 1.01 * ((p + 2) * u * abs + (p + 3) * u * Math.Abs(num)) / den;
        return new EigenWitness { Vector = unit, RayleighQuotient = num / den, RoundingBound = bound };
    }
}
