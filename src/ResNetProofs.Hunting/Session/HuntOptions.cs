namespace ResNetProofs.Hunting.Session;

/// <summary>
/// What to hunt and how. Settings that fix the case sequence (theorems, seed, profile, shard, targeting) may be null:
/// a new hunt then takes the defaults (theorems are required), a resumed hunt takes the stored values, and a given value
/// that differs from the stored one is an error.
/// </summary>
public sealed record HuntOptions
{
    /// <summary>Theorem ids (resolve selectors with <see cref="TheoremSelection.Resolve"/>); null to take the stored ones on resume.</summary>
    public IReadOnlyList<string>? Theorems { get; init; }

    /// <summary>How long this run hunts.</summary>
    public required HuntBudget Budget { get; init; }

    /// <summary>The seed S; null: 1, or the stored seed on resume.</summary>
    public ulong? Seed { get; init; }

    /// <summary>The profile; null: <see cref="HuntProfile.Hunt"/>, or the stored one on resume.</summary>
    public HuntProfile? Profile { get; init; }

    /// <summary>The store file; null hunts in memory (measurements and tests).</summary>
    public string? StorePath { get; init; }

    /// <summary>Continue the hunt in <see cref="StorePath"/> after its last checkpoint (a store that does not exist yet, or is empty, is started instead).</summary>
    public bool Resume { get; init; }

    /// <summary>The shard; null: the whole sequence, or the stored shard on resume.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Worker threads (≥ 1); results do not depend on it.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Targeted climbing; null: on, or the stored setting on resume.</summary>
    public bool? Targeting { get; init; }

    /// <summary>Shrink every Counterexample (on by default).</summary>
    public bool Shrink { get; init; } = true;

    /// <summary>Stop after the round in which the first Counterexample was judged (for measurements).</summary>
    public bool StopAtFirstCounterexample { get; init; }

    /// <summary>Full records kept per statement (<see cref="FindingRetention"/>): the first <c>Keep</c> Counterexamples by case index, then only new smallest shrunk ones; the rest are counted.</summary>
    public int Keep { get; init; } = FindingRetention.DefaultKeep;

    /// <summary>How often statistics and the resume point are checkpointed.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(5);
}
