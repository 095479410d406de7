namespace ResNetProofs.Cases;

/// <summary>
/// Where an evidence case comes from, enough to regenerate it: the hunt seed and case index, the FsCheck state (seed and odd
/// gamma) and size its generator ran at, and the shrink path (the index of the accepted candidate at each shrink step).
/// </summary>
/// <param name="HuntSeed">The hunt seed.</param>
/// <param name="CaseIndex">The global case index.</param>
/// <param name="FsCheckSeed">The FsCheck generator state's seed (mixed from (hunt seed, case index)).</param>
/// <param name="FsCheckGamma">The FsCheck generator state's odd gamma.</param>
/// <param name="GeneratorSize">The FsCheck size the generator ran at.</param>
/// <param name="ShrinkPath">For a shrunk case, the candidate index taken at each shrink step (empty for a drawn case).</param>
public sealed record EvidenceOrigin(ulong HuntSeed, long CaseIndex, ulong FsCheckSeed, ulong FsCheckGamma, int GeneratorSize, IReadOnlyList<int> ShrinkPath)
{
    /// <summary>The origin with one more shrink step (candidate <paramref name="candidate"/>) appended.</summary>
    public EvidenceOrigin Then(int candidate) => this with { ShrinkPath = [.. ShrinkPath, candidate] };

    /// <summary>"FsCheck seed S, gamma G, size Z (hunt seed H, case k)[, shrink path [..]]".</summary>
    public override string ToString() =>
        $"FsCheck seed {FsCheckSeed}, gamma {FsCheckGamma}, size {GeneratorSize} (hunt seed {HuntSeed}, case {CaseIndex}){(ShrinkPath.Count == 0 ? "" : $", shrink path [{string.Join(", ", ShrinkPath)}]")}";
}
