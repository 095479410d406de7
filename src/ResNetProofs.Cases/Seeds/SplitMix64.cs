namespace ResNetProofs.Cases;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 (2014): state += 0x9E3779B97F4A7C15, then a fixed 64-bit finaliser. A small,
/// deterministic generator for the hunter's own choices (which theorem, climb or not, which mutation), so that every
/// choice about case k is a pure function of (seed, k).
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    /// <summary>A generator whose first output is <see cref="Mix"/>(<paramref name="state"/> + γ).</summary>
    public SplitMix64(ulong state) => _state = state;

    /// <summary>The SplitMix64 finaliser: a bijective 64-bit mix (z ^= z ≫ 30; z *= …; z ^= z ≫ 27; z *= …; z ^= z ≫ 31).</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 uniform bits.</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A uniform double in [0, 1) (53 bits).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="count"/>); <paramref name="count"/> ≥ 1.</summary>
    public int NextInt(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return (int)(NextUInt64() % (ulong)count);
    }

    /// <summary>A standard normal deviate (Box–Muller on two uniforms).</summary>
    public double NextGaussian()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
