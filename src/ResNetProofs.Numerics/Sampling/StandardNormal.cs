namespace ResNetProofs.Numerics.Sampling;

/// <summary>
/// Standard normal draws by Box–Muller on a seeded <see cref="Random"/>: u₁ = 1 − NextDouble() ∈ (0, 1], then
/// u₂ = NextDouble(), r = √(−2 ln u₁), z₀ = r·cos(2πu₂), z₁ = r·sin(2πu₂). Two uniforms per call, in that order, so a
/// seed gives the same stream wherever it is used.
/// </summary>
public static class StandardNormal
{
    /// <summary>One N(0, 1) draw: the cosine branch z₀ = √(−2 ln u₁)·cos(2πu₂) (consumes two uniforms; z₁ is discarded).</summary>
    public static double Draw(Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double u1 = 1.0 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Two independent N(0, 1) draws (z₀, z₁) = (r·cos 2πu₂, r·sin 2πu₂) from the same two uniforms.</summary>
    public static (double Cosine, double Sine) DrawPair(Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double u1 = 1.0 - rng.NextDouble();
        double u2 = rng.NextDouble();
        double r = Math.Sqrt(-2.0 * Math.Log(u1));
        return (r * Math.Cos(2.0 * Math.PI * u2), r * Math.Sin(2.0 * Math.PI * u2));
    }
}
