using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ResNetProofs.Cases;
using ResNetProofs.Hunting.Search;
using ResNetProofs.Hunting.Store;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Theorems.Verdicts;

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
        ArgumentNullException.ThrowIfNull(options);
        if (options.Workers < 1)
        {
            throw new HuntException(HuntError.InvalidSetting, $"--workers is {options.Workers}: it must be ≥ 1");
        }
        if (options.Keep < 0)
        {
            throw new HuntException(HuntError.InvalidSetting, $"--keep is {options.Keep}: it must be ≥ 0");
        }
        var (store, session) = OpenOrCreate(options);
        using var _ = store;
        var profile = HuntProfile.Named(session.Profile);
        var theorems = session.Theorems;
        ulong seed = session.Seed;
        var shard = session.Shard;
        var stats = theorems.ToDictionary(t => t, t => new TheoremStatistics(t), StringComparer.Ordinal);
        var pools = theorems.ToDictionary(t => t, _ => new ElitePool(profile.PoolSize), StringComparer.Ordinal);
        var top = theorems.ToDictionary(t => t, _ => new List<InconclusiveRecord>(), StringComparer.Ordinal);
        if (store is not null && options.Resume)
        {
            foreach (var s in store.Statistics().Where(s => stats.ContainsKey(s.TheoremId)))
            {
                stats[s.TheoremId] = s;
            }
            foreach (var (theorem, entry) in store.Pool().Where(p => pools.ContainsKey(p.TheoremId)))
            {
                pools[theorem].Offer(entry);
            }
            foreach (var i in store.Inconclusive().Where(i => top.ContainsKey(i.TheoremId)))
            {
                top[i.TheoremId].Add(i);
            }
        }

        var retention = new FindingRetention(options.Keep, store is not null && options.Resume ? store.Findings() : []);
        long localBound = options.Budget.Cases is { } n ? shard.LocalCountBelow(n) : long.MaxValue;
        long next = session.NextLocal;
        var clock = Stopwatch.StartNew();
        var sinceCheckpoint = Stopwatch.StartNew();
        var newCases = new List<CaseRow>();
        long casesThisRun = 0, findingsAdded = 0;
        string stop = "budget";
        bool targeting = session.Targeting;
        void Checkpoint()
        {
            store?.Checkpoint(new HuntCheckpoint(next, session.Seconds + clock.Elapsed.TotalSeconds, stats.Values, newCases, pools, top,
                new ProgressRow(shard.ToString(), session.Seconds + clock.Elapsed.TotalSeconds, stats.Values.Sum(s => s.Cases), stats.Values.Sum(s => s.Counterexamples), BestScores(stats))));
            newCases.Clear();
            sinceCheckpoint.Restart();
        }

        while (true)
        {
            if (next >= localBound || (options.Budget.Time is { } time && clock.Elapsed >= time))
            {
                break;
            }
            if (cancellation.IsCancellationRequested)
            {
                stop = "cancelled";
                break;
            }
            int count = (int)Math.Min(profile.RoundSize, localBound - next);
            var plans = new CasePlan[count];
            for (int j = 0; j < count; j++)
            {
                plans[j] = Plan(shard.GlobalIndex(next + j), seed, theorems, profile, targeting, pools);
            }
            // A Counterexample is certainly among its statement's first Keep when, even if every earlier case of the round
            // on that statement were one too, fewer than Keep come before it: it is committed the moment it is judged
            // (before shrinking). Every other one is decided when the round is folded, in index order.
            var certain = new bool[count];
            for (int j = 0; j < count; j++)
            {
                string t = plans[j].TheoremId;
                certain[j] = stats[t].Counterexamples + plans.Take(j).Count(p => p.TheoremId == t) < options.Keep;
            }
            var outcomes = new CaseOutcome?[count];
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = options.Workers }, j =>
            {
                if (cancellation.IsCancellationRequested)
                {
                    return;
                }
                outcomes[j] = CaseRunner.Run(plans[j], seed, profile, options.Shrink, judged =>
                {
                    if (store is not null && certain[j] && store.AddFinding(judged, seed))
                    {
                        Interlocked.Increment(ref findingsAdded);
                    }
                });
            });
            if (outcomes.Any(o => o is null))
            {
                stop = "cancelled"; // an incomplete round is not folded: a resume runs it again (its findings are already stored, and are not duplicated)
                break;
            }
            bool found = false;
            foreach (var o in outcomes)
            {
                if (store is not null && o!.Verdict?.Kind == VerdictKind.Counterexample && FindingWeight(o) is { } weight
                    && retention.Keeps(o.Plan.TheoremId, stats[o.Plan.TheoremId].Counterexamples, weight))
                {
                    if (store.AddFinding(o, seed))
                    {
                        findingsAdded++;
                    }
                    else
                    {
                        store.RecordShrink(o, seed);
                    }
                }
                Fold(o!, stats, pools, top, profile, newCases);
                found |= o!.Verdict?.Kind == VerdictKind.Counterexample;
            }
            next += count;
            casesThisRun += count;
            progress?.Report(new HuntProgress(clock.Elapsed, casesThisRun, Snapshot(stats), shard.GlobalIndex(next)));
            if (found && options.StopAtFirstCounterexample)
            {
                stop = "first counterexample";
                break;
            }
            if (sinceCheckpoint.Elapsed >= options.CheckpointInterval)
            {
                Checkpoint();
            }
        }
        Checkpoint();
        return new HuntSummary(stop, seed, theorems, shard, targeting, clock.Elapsed, casesThisRun, shard.GlobalIndex(next), findingsAdded, Snapshot(stats));
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

    private static void Fold(CaseOutcome o, Dictionary<string, TheoremStatistics> stats, Dictionary<string, ElitePool> pools,
        Dictionary<string, List<InconclusiveRecord>> top, HuntProfile profile, List<CaseRow> newCases)
    {
        string theorem = o.Plan.TheoremId;
        stats[theorem].Add(o);
        newCases.Add(new CaseRow(o.Plan.Index, theorem, o.Plan.Phase, o.VerdictText, o.Verdict?.Conclusion.Margin is { } m && double.IsFinite(m) ? m : null,
            o.Score, o.Case is { } c0 && !c0.RefinementConverged, o.Seconds));
        if (o.EvidenceCase is { } e)
        {
            // Evidence cases are explored only: no pool entry (nothing mutates them), but their best Inconclusive ones are listed.
            if (o.Score is { } evidenceScore && o.Verdict is { Kind: VerdictKind.Inconclusive } ev && Ranks(top[theorem], evidenceScore, profile))
            {
                Offer(top[theorem], new InconclusiveRecord(theorem, evidenceScore, o.Plan.Index, o.Plan.Phase, ev.Explanation, ev.ToJson(), EvidenceCaseJson.Write(e), e.Descriptor.ToString()), profile);
            }
            return;
        }
        if (o.Score is not { } score || o.Case is not { } c)
        {
            return;
        }
        int? steps = c.Refinement is null ? null : int.Parse(c.Descriptor["descentSteps"] ?? "0", CultureInfo.InvariantCulture);
        pools[theorem].Offer(new PoolEntry(score, o.Plan.Index, c.Start, steps));
        if (o.Verdict is { Kind: VerdictKind.Inconclusive } v && Ranks(top[theorem], score, profile))
        {
            Offer(top[theorem], new InconclusiveRecord(theorem, score, o.Plan.Index, o.Plan.Phase, v.Explanation, v.ToJson(), InstanceWriter.Write(c.Judged), c.Descriptor.ToString()), profile);
        }
    }

    // True when a case with this score would enter a theorem's best-Inconclusive list (checked before its record is written).
    private static bool Ranks(List<InconclusiveRecord> list, double score, HuntProfile profile) =>
        list.Count < profile.TopInconclusive || score > list.Min(i => i.Score);

    // Adds a record that ranks to a theorem's best-Inconclusive list, keeping the best TopInconclusive (by score, then index).
    private static void Offer(List<InconclusiveRecord> list, InconclusiveRecord record, HuntProfile profile)
    {
        list.Add(record);
        list.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.CaseIndex.CompareTo(b.CaseIndex));
        if (list.Count > profile.TopInconclusive)
        {
            list.RemoveAt(list.Count - 1);
        }
    }

    // The retention weight of a Counterexample: of its shrunk case when shrinking made progress, else of the case; null without a case.
    private static int? FindingWeight(CaseOutcome o) =>
        o.Case is { } c ? FindingRetention.Weight(o.Shrink is { Steps: > 0 } s ? s.Case.Size : c.Size)
        : o.EvidenceCase is { } e ? (o.EvidenceShrink is { Steps: > 0 } es ? es.Case.Size : e.Size).Weight
        : null;

    private static (HuntStore? Store, SessionRecord Session) OpenOrCreate(HuntOptions o)
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

    private static List<TheoremStatistics> Snapshot(Dictionary<string, TheoremStatistics> stats) =>
        stats.Values.Select(s => new TheoremStatistics(s.TheoremId)
        {
            Cases = s.Cases, Confirmed = s.Confirmed, Vacuous = s.Vacuous, Counterexamples = s.Counterexamples, Inconclusive = s.Inconclusive,
            Inapplicable = s.Inapplicable, Errors = s.Errors, RefinementFailures = s.RefinementFailures, Climbs = s.Climbs, BestScore = s.BestScore,
            BestCaseIndex = s.BestCaseIndex, FirstCounterexampleCase = s.FirstCounterexampleCase, FirstCounterexampleIndex = s.FirstCounterexampleIndex,
            FirstCounterexampleSeconds = s.FirstCounterexampleSeconds, Seconds = s.Seconds,
        }).ToList();

    private static string BestScores(Dictionary<string, TheoremStatistics> stats)
    {
        var o = new JsonObject();
        foreach (var s in stats.Values)
        {
            o[s.TheoremId] = s.BestScore is { } b ? JsonValue.Create(b) : null;
        }
        return o.ToJsonString();
    }
}
