using System.Globalization;
using ResNetProofs.Cases;
using ResNetProofs.Hunting.Search;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Hunting.Session;

/// <summary>
/// A budgeted, resumable, sharded hunt. The shard's cases run in rounds of <see cref="HuntProfile.RoundSize"/>: a round's
/// cases are planned from the state after the previous round (theorem, size, climb or not, parent and mutation stream all
/// mixed from (seed, global index)), judged by the workers in parallel, and folded in index order; so the findings are
/// the same with any number of workers. Counterexamples that keep a full record (<see cref="FindingRetention"/>) are
/// committed when judged (the first Keep) or when their round is folded, and shrunk before the fold; statistics, pools
/// and the resume point are checkpointed every <see cref="HuntOptions.CheckpointInterval"/> at a round boundary.
/// Evidence cases (the Liu and Gulcu statements) are drawn only: they never enter a climbing pool, so their plans never climb.
/// </summary>
public static class HuntSession
{
    /// <summary>Runs the hunt until its budget is spent, <paramref name="cancellation"/> is signalled, or (if asked) a Counterexample is found.</summary>
    /// <exception cref="HuntException">Bad settings or an unusable store (the message names the problem and the place).</exception>
    public static HuntSummary Run(HuntOptions options, IProgress<HuntProgress>? progress = null, CancellationToken cancellation = default)
    {
        using var run = HuntRun.Open(options);
        return run.Execute(progress, cancellation);
    }

    /// <summary>The plan of global case <paramref name="index"/>: a pure function of (seed, index) and the pools.</summary>
    public static CasePlan Plan(long index, ulong seed, IReadOnlyList<string> theorems, HuntProfile profile, bool targeting, IReadOnlyDictionary<string, ElitePool> pools)
    {
        ArgumentNullException.ThrowIfNull(theorems);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(pools);
        var pick = CaseSeeds.Stream(seed, index, CaseSeeds.TheoremStream);
        string theorem = theorems[pick.NextInt(theorems.Count)];
        int size = profile.MinSize + pick.NextInt(profile.MaxSize - profile.MinSize + 1);
        var climb = CaseSeeds.Stream(seed, index, CaseSeeds.ClimbStream);
        bool climbs = climb.NextDouble() < profile.ClimbShare;
        PoolEntry? parent = targeting && climbs && pools.TryGetValue(theorem, out var pool) && pool.Entries.Count > 0 ? pool.Pick(ref climb) : null;
        return new CasePlan(index, theorem, size, parent, climb);
    }

    /// <summary>The store and session of a new hunt, or of the stored one to resume (settings given again must match it).</summary>
    internal static (HuntStore? Store, SessionRecord Session) OpenOrCreate(HuntOptions o)
    {
        string now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        if (!o.Resume || (o.StorePath is not null && HuntStore.IsAbsent(o.StorePath)))
        {
            // --resume of a store that was never created (e.g. a job killed before its first commit, then requeued) starts it.
            if (o.Theorems is null || o.Theorems.Count == 0)
            {
                throw new HuntException(HuntError.InvalidSetting, "--theorems is required for a new hunt (e.g. --theorems all)");
            }
            var session = new SessionRecord(o.Seed ?? 1, o.Theorems, (o.Profile ?? HuntProfile.Hunt).Name, o.Shard ?? ShardSpec.Whole, o.Targeting ?? true, 0, false, 0, now, now);
            HuntProfile.Named(session.Profile);
            return o.StorePath is null ? (null, session) : (HuntStore.Create(o.StorePath, session), session);
        }
        if (o.StorePath is null)
        {
            throw new HuntException(HuntError.InvalidSetting, "--resume needs --store");
        }
        var store = HuntStore.Open(o.StorePath);
        try
        {
            var stored = store.Session();
            if (stored.Merged)
            {
                throw new HuntException(HuntError.StoreConflict, $"store '{o.StorePath}' was made by merge and cannot be resumed; resume the shard stores instead");
            }
            Mismatch("--theorems", o.Theorems is null ? null : string.Join(",", o.Theorems), string.Join(",", stored.Theorems));
            Mismatch("--seed", o.Seed?.ToString(CultureInfo.InvariantCulture), stored.Seed.ToString(CultureInfo.InvariantCulture));
            Mismatch("--profile", o.Profile?.Name, stored.Profile);
            Mismatch("--shard", o.Shard?.ToString(), stored.Shard.ToString());
            Mismatch("--no-target", o.Targeting is null ? null : (!o.Targeting.Value).ToString(), (!stored.Targeting).ToString());
            return (store, stored);

            void Mismatch(string option, string? given, string storedValue)
            {
                if (given is not null && given != storedValue)
                {
                    throw new HuntException(HuntError.StoreConflict, $"{option} is '{given}' but store '{o.StorePath}' was started with '{storedValue}'; omit it to resume");
                }
            }
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
