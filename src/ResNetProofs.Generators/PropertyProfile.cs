using System.Globalization;
using System.Security.Cryptography;
using FsCheck;

namespace ResNetProofs.Generators;

/// <summary>
/// CI versus deep runs. CI (default): the given case count and a fixed replay (seed, odd gamma). Deep
/// (<c>RESNETPROOFS_DEEP=1</c>): <see cref="DeepFactor"/> times the cases and a random seed, printed in <see cref="ReplayText"/>.
/// </summary>
/// <param name="IsDeep">True under RESNETPROOFS_DEEP=1.</param>
/// <param name="MaxTest">Cases to run.</param>
/// <param name="Seed">Replay seed.</param>
/// <param name="Gamma">Replay gamma (odd).</param>
public sealed record PropertyProfile(bool IsDeep, int MaxTest, ulong Seed, ulong Gamma)
{
    /// <summary>The environment variable that selects the deep profile when set to "1".</summary>
    public const string DeepVariable = "RESNETPROOFS_DEEP";

    /// <summary>How many times more cases the deep profile runs.</summary>
    public const int DeepFactor = 10;

    /// <summary>The CI seed used when a property gives none.</summary>
    public const ulong DefaultSeed = 20261123;

    /// <summary>The profile for this process: CI with (ciMaxTest, seed, gamma | 1), or deep with 10× cases and a random seed.</summary>
    public static PropertyProfile Current(int ciMaxTest, ulong seed = DefaultSeed, ulong gamma = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ciMaxTest, 1);
        bool deep = Environment.GetEnvironmentVariable(DeepVariable) == "1";
        return deep
            ? new PropertyProfile(true, ciMaxTest * DeepFactor, BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)), BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) | 1)
            : new PropertyProfile(false, ciMaxTest, seed, gamma | 1);
    }

    /// <summary>"seed,gamma", as the <c>Replay</c> attribute argument takes it.</summary>
    public string ReplayText => $"{Seed.ToString(CultureInfo.InvariantCulture)},{Gamma.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>QuickThrowOnFailure with <see cref="MaxTest"/> and the replay (seed, gamma), for <c>Check.One(config, property)</c>.</summary>
    public Config Config =>
        Config.QuickThrowOnFailure
            .WithMaxTest(MaxTest)
            .WithReplay(Seed, Gamma);
}
