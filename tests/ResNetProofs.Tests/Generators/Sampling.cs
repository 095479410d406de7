using FsCheck;
using FsCheck.Fluent;

namespace ResNetProofs.Tests.Generators;

/// <summary>Draws from a generator on a fixed FsCheck replay (seed, odd gamma), as a property run would.</summary>
public static class Sampling
{
    public static T[] Sample<T>(Gen<T> generator, int count, ulong seed = 20261123, int size = 100) =>
        [.. Gen.Sample(generator, count, new Rnd(seed, 1), size)];
}
