namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// T directions v_1..v_T in parameter space for a forward-over-reverse pass: either dense (a P×T block,
/// entry (p, t) at Dense[p·T + t]) or the unit vectors e_q for q = Start..Start+T−1 (the Hessian's columns).
/// </summary>
public sealed class TangentDirections
{
    private TangentDirections(double[]? dense, int start, int count)
    {
        Dense = dense;
        Start = start;
        Count = count;
    }

    /// <summary>The dense P×T block (t innermost), or null for unit directions.</summary>
    public double[]? Dense { get; }

    /// <summary>For unit directions, the first index q of e_q.</summary>
    public int Start { get; }

    /// <summary>T, the number of directions.</summary>
    public int Count { get; }

    /// <summary>The single direction v (length P).</summary>
    public static TangentDirections Single(ReadOnlySpan<double> v) => new(v.ToArray(), 0, 1);

    /// <summary>Directions given as a P×T block, entry (p, t) at block[p·T + t] (not copied).</summary>
    public static TangentDirections FromBlock(double[] block, int count) => new(block, 0, count);

    /// <summary>The unit vectors e_start .. e_{start+count−1}.</summary>
    public static TangentDirections Unit(int start, int count) => new(null, start, count);

    /// <summary>The overlap of parameter range [offset, offset+length) with the unit range [Start, Start+T), as [from, to).</summary>
    internal (int From, int To) UnitOverlap(int offset, int length) =>
        (Math.Max(offset, Start), Math.Min(offset + length, Start + Count));
}
