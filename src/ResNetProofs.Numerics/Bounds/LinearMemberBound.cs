using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Enclosures;

namespace ResNetProofs.Numerics.Bounds;

/// <summary>
/// A certified lower bound on the empirical Rademacher complexity of any class that contains the linear maps x ↦ wᵀx with
/// ‖w‖₂ ≤ 1 (F_L of Yun, Sra &amp; Jadbabaie does: V_l = 0): R̂_S ≥ E_σ sup_{‖w‖≤1} (1/n)Σσ_i wᵀx_i = E_σ‖(1/n)Σσ_i x_i‖₂.
/// That expectation is enclosed exactly by enumerating the 2^(n−1) sign patterns modulo σ ↦ −σ when n ≤
/// <see cref="MaxEnumeratedSamples"/>, and bounded below for every n by the Khintchine–Kahane inequality with Latała &amp;
/// Oleszkiewicz's optimal constant (Studia Math. 109, 1994): E‖Σσ_i x_i‖ ≥ (E‖Σσ_i x_i‖²)^{1/2}/√2 = √(Σ‖x_i‖²)/√2 in a Hilbert space.
/// All arithmetic is outward-rounded (<see cref="Interval"/>); the result's <see cref="LinearMemberBoundResult.Lower"/> is a proof, not an estimate.
/// </summary>
public static class LinearMemberBound
{
    /// <summary>Largest n whose sign patterns are enumerated: 20 (2¹⁹ patterns, about 0.1 s at d = 10).</summary>
    public const int MaxEnumeratedSamples = 20;

    /// <summary>The bound for the inputs of <paramref name="data"/> (targets unused).</summary>
    public static LinearMemberBoundResult Compute(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int n = data.Count, d = data.Dimension;
        var x = new Interval[n][];
        var squares = Interval.Zero;
        var maxNorm = Interval.Zero;
        for (int i = 0; i < n; i++)
        {
            x[i] = new Interval[d];
            for (int j = 0; j < d; j++)
            {
                x[i][j] = Interval.Point(data.Input(i)[j]);
            }
            var norm = Interval.Norm(x[i]);
            squares += Interval.Sqr(norm);
            maxNorm = new Interval(Math.Max(maxNorm.Lo, norm.Lo), Math.Max(maxNorm.Hi, norm.Hi));
        }
        var khintchine = Interval.Sqrt(squares) / (Interval.Sqrt(Interval.Point(2)) * n);
        Interval? exact = n <= MaxEnumeratedSamples ? Enumerate(x, d) : null;
        return new LinearMemberBoundResult(exact, khintchine, maxNorm, n);
    }

    /// <summary>
    /// E_σ‖(1/n)Σσ_i x_i‖ over all 2^n patterns, using the symmetry σ ↦ −σ: σ_0 = +1 and the other n − 1 signs walk a Gray
    /// code, so each step adds ±2x_j to the running sum S = Σσ_i x_i.
    /// </summary>
    private static Interval Enumerate(Interval[][] x, int d)
    {
        int n = x.Length;
        var s = new Interval[d];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < d; j++)
            {
                s[j] += x[i][j];
            }
        }
        var total = Interval.Norm(s);
        long patterns = 1L << (n - 1);
        var signs = new int[n];
        Array.Fill(signs, 1);
        for (long step = 1; step < patterns; step++)
        {
            int flip = 1 + System.Numerics.BitOperations.TrailingZeroCount(step);
            signs[flip] = -signs[flip];
            var twice = Interval.Point(2 * signs[flip]);
            for (int j = 0; j < d; j++)
            {
                s[j] += twice * x[flip][j];
            }
            total += Interval.Norm(s);
        }
        return total / ((double)patterns * n);
    }
}
