using FsCheck;

namespace ResNetProofs.Cases;

/// <summary>
/// Every random choice about case k of a hunt with seed S comes from one stream derived by a fixed 64-bit mix of
/// (S, k, purpose): the case sequence is a pure function of (S, k), whatever the number of workers or shards.
/// </summary>
public static class CaseSeeds
{
    /// <summary>Stream for the choice of theorem.</summary>
    public const ulong TheoremStream = 1;

    /// <summary>Stream for the climb decision, the parent and the mutation.</summary>
    public const ulong ClimbStream = 2;

    /// <summary>Stream for the FsCheck generator state (seed and odd gamma) and the size.</summary>
    public const ulong GeneratorStream = 3;

    /// <summary>SplitMix64-mixed 64 bits of (seed, index, stream).</summary>
    public static ulong Mix(ulong seed, long index, ulong stream)
    {
        ulong a = SplitMix64.Mix(seed + 0x9E3779B97F4A7C15UL);
        ulong b = SplitMix64.Mix(a ^ (ulong)index * 0xD1B54A32D192ED03UL);
        return SplitMix64.Mix(b + stream * 0x9E3779B97F4A7C15UL);
    }

    /// <summary>A SplitMix64 generator for (seed, index, stream).</summary>
    public static SplitMix64 Stream(ulong seed, long index, ulong stream) => new(Mix(seed, index, stream));

    /// <summary>The FsCheck generator state of case <paramref name="index"/>: seed and an odd gamma, both mixed from (seed, index).</summary>
    public static Rnd FsCheckState(ulong seed, long index)
    {
        var s = Stream(seed, index, GeneratorStream);
        ulong rndSeed = s.NextUInt64();
        ulong gamma = s.NextUInt64() | 1UL;
        return new Rnd(rndSeed, gamma);
    }
}
