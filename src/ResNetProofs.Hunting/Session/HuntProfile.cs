namespace ResNetProofs.Hunting.Session;

/// <summary>
/// The knobs of a hunt that are not its budget: generator sizes, the targeted-search share and pool, the round size, and
/// the shrinking limits. Everything here is part of the case sequence, so it is stored with the hunt and fixed on resume.
/// </summary>
public sealed record HuntProfile
{
    /// <summary>The hunting profile: sizes 10..100 (the generators' full range), half of the cases climbing, shrinking up to 200 candidates.</summary>
    public static HuntProfile Hunt { get; } = new() { Name = "hunt" };

    /// <summary>Small cases for tests and CI: sizes 0..30, shrinking up to 40 candidates.</summary>
    public static HuntProfile Quick { get; } = new() { Name = "quick", MinSize = 0, MaxSize = 30, ShrinkCandidates = 40, ShrinkTimeBox = TimeSpan.FromSeconds(10) };

    /// <summary>Every named profile.</summary>
    public static IReadOnlyList<HuntProfile> All { get; } = [Hunt, Quick];

    /// <summary>The profile called <paramref name="name"/>.</summary>
    /// <exception cref="HuntException">No such profile (<see cref="HuntError.InvalidSetting"/>).</exception>
    public static HuntProfile Named(string name) => All.FirstOrDefault(p => p.Name == name)
        ?? throw new HuntException(HuntError.InvalidSetting, $"--profile '{name}' is unknown; known: {string.Join(", ", All.Select(p => p.Name))}");

    /// <summary>The profile's name (stored with the hunt).</summary>
    public required string Name { get; init; }

    /// <summary>Smallest FsCheck size drawn per case.</summary>
    public int MinSize { get; init; } = 10;

    /// <summary>Largest FsCheck size drawn per case (sizes are uniform in [MinSize, MaxSize]).</summary>
    public int MaxSize { get; init; } = 100;

    /// <summary>Share of cases that climb from the pool (when targeting is on and the theorem's pool is non-empty).</summary>
    public double ClimbShare { get; init; } = 0.5;

    /// <summary>Cases kept per theorem as climbing parents (the best scores so far).</summary>
    public int PoolSize { get; init; } = 8;

    /// <summary>Inconclusive cases kept per theorem, by score.</summary>
    public int TopInconclusive { get; init; } = 10;

    /// <summary>Cases per round: a round's cases are planned from the state after the previous round, so results do not depend on the number of workers.</summary>
    public int RoundSize { get; init; } = 8;

    /// <summary>Most shrink candidates judged per counterexample (deterministic limit).</summary>
    public int ShrinkCandidates { get; init; } = 200;

    /// <summary>Wall-clock safety limit of one shrink; reaching it is recorded in the finding (the result may then depend on speed).</summary>
    public TimeSpan ShrinkTimeBox { get; init; } = TimeSpan.FromSeconds(30);
}
