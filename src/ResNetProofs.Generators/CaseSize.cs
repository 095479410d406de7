namespace ResNetProofs.Generators;

/// <summary>The measures a shrink step lowers: n, d, L, Σ n_l, Σ m_l, inner depth, and the decimals of the entries.</summary>
/// <param name="Samples">n.</param>
/// <param name="Dimension">d.</param>
/// <param name="Blocks">L (1 for the single block and the one-hidden-layer network).</param>
/// <param name="TotalWidth">Σ_l n_l (k for the other kinds).</param>
/// <param name="TotalProjection">Σ_{l≥2} m_l.</param>
/// <param name="InnerDepth">Hidden layers per block.</param>
/// <param name="Decimals">The most decimals any entry of X, y or θ needs (0..15).</param>
public sealed record CaseSize(int Samples, int Dimension, int Blocks, int TotalWidth, int TotalProjection, int InnerDepth, int Decimals)
{
    /// <summary>True when no measure is larger than in <paramref name="other"/> and at least one is smaller.</summary>
    public bool IsStrictlySmallerThan(CaseSize other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int[] a = [Samples, Dimension, Blocks, TotalWidth, TotalProjection, InnerDepth, Decimals];
        int[] b = [other.Samples, other.Dimension, other.Blocks, other.TotalWidth, other.TotalProjection, other.InnerDepth, other.Decimals];
        return a.Zip(b).All(p => p.First <= p.Second) && a.Zip(b).Any(p => p.First < p.Second);
    }
}
