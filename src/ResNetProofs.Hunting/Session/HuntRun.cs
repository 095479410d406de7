using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ResNetProofs.Cases;
using ResNetProofs.Hunting.Search;
using ResNetProofs.Hunting.Store;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Session;

/// <summary>
/// One run of a hunt (<see cref="HuntSession.Run"/>): the opened store and session, and the state carried from round to
/// round (statistics, climbing pools, best-Inconclusive lists, finding retention, the next local case, the clocks). Each
/// round is planned, judged in parallel (<see cref="JudgeRound"/>), then committed and folded in index order
/// (<see cref="FoldRound"/>); <see cref="Checkpoint"/> writes the state at a round boundary.
/// </summary>
internal sealed class HuntRun : IDisposable
{
    private readonly HuntOptions _options;
    private readonly HuntStore? _store;
    private readonly SessionRecord _session;
    private readonly HuntProfile _profile;
    private readonly IReadOnlyList<string> _theorems;
    private readonly ulong _seed;
    private readonly ShardSpec _shard;
    private readonly Dictionary<string, TheoremStatistics> _stats;
    private readonly Dictionary<string, ElitePool> _pools;
    private readonly Dictionary<string, List<InconclusiveRecord>> _top;
    private readonly FindingRetention _retention;
    private readonly long _localBound;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Stopwatch _sinceCheckpoint = Stopwatch.StartNew();
    private readonly List<CaseRow> _newCases = [];
    private long _next;
    private long _casesThisRun;
    private long _findingsAdded;

    private HuntRun(HuntOptions options, HuntStore? store, SessionRecord session)
    {
        _options = options;
        _store = store;
        _session = session;
        _profile = HuntProfile.Named(session.Profile);
        _theorems = session.Theorems;
        _seed = session.Seed;
        _shard = session.Shard;
        _stats = _theorems.ToDictionary(t => t, t => new TheoremStatistics(t), StringComparer.Ordinal);
        _pools = _theorems.ToDictionary(t => t, _ => new ElitePool(_profile.PoolSize), StringComparer.Ordinal);
        _top = _theorems.ToDictionary(t => t, _ => new List<InconclusiveRecord>(), StringComparer.Ordinal);
        if (store is not null && options.Resume)
        {
            foreach (var s in store.Statistics().Where(s => _stats.ContainsKey(s.TheoremId)))
            {
                _stats[s.TheoremId] = s;
            }
            foreach (var (theorem, entry) in store.Pool().Where(p => _pools.ContainsKey(p.TheoremId)))
            {
                _pools[theorem].Offer(entry);
            }
            foreach (var i in store.Inconclusive().Where(i => _top.ContainsKey(i.TheoremId)))
            {
                _top[i.TheoremId].Add(i);
            }
        }
        _retention = new FindingRetention(options.Keep, store is not null && options.Resume ? store.Findings() : []);
        _localBound = options.Budget.Cases is { } n ? _shard.LocalCountBelow(n) : long.MaxValue;
        _next = session.NextLocal;
    }

    /// <summary>Checks the settings, opens or creates the store (resuming its state when asked) and starts the clocks.</summary>
    /// <exception cref="HuntException">Bad settings or an unusable store.</exception>
    public static HuntRun Open(HuntOptions options)
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
        var (store, session) = HuntSession.OpenOrCreate(options);
        try
        {
            return new HuntRun(options, store, session);
        }
        catch
        {
            store?.Dispose();
            throw;
        }
    }

    /// <summary>Runs rounds until the budget is spent, <paramref name="cancellation"/> is signalled, or (if asked) a Counterexample is found; checkpoints at the end.</summary>
    public HuntSummary Execute(IProgress<HuntProgress>? progress, CancellationToken cancellation)
    {
        string stop = "budget";
        while (true)
        {
            if (_next >= _localBound || (_options.Budget.Time is { } time && _clock.Elapsed >= time))
            {
                break;
            }
            if (cancellation.IsCancellationRequested)
            {
                stop = "cancelled";
                break;
            }
            int count = (int)Math.Min(_profile.RoundSize, _localBound - _next);
            var outcomes = JudgeRound(count, cancellation);
            if (outcomes is null)
            {
                stop = "cancelled"; // an incomplete round is not folded: a resume runs it again (its findings are already stored, and are not duplicated)
                break;
            }
            bool found = FoldRound(outcomes);
            _next += count;
            _casesThisRun += count;
            progress?.Report(new HuntProgress(_clock.Elapsed, _casesThisRun, Snapshot(_stats), _shard.GlobalIndex(_next)));
            if (found && _options.StopAtFirstCounterexample)
            {
                stop = "first counterexample";
                break;
            }
            if (_sinceCheckpoint.Elapsed >= _options.CheckpointInterval)
            {
                Checkpoint();
            }
        }
        Checkpoint();
        return new HuntSummary(stop, _seed, _theorems, _shard, _session.Targeting, _clock.Elapsed, _casesThisRun, _shard.GlobalIndex(_next), _findingsAdded, Snapshot(_stats));
    }

    /// <summary>
    /// Plans the next <paramref name="count"/> cases and judges them on the workers; null when cancellation left the round
    /// incomplete. A Counterexample certainly among its statement's first Keep (even if every earlier case of the round on
    /// that statement were one too, fewer than Keep come before it) is committed the moment it is judged, before shrinking.
    /// </summary>
    private CaseOutcome[]? JudgeRound(int count, CancellationToken cancellation)
    {
        var plans = new CasePlan[count];
        for (int j = 0; j < count; j++)
        {
            plans[j] = HuntSession.Plan(_shard.GlobalIndex(_next + j), _seed, _theorems, _profile, _session.Targeting, _pools);
        }
        var certain = new bool[count];
        for (int j = 0; j < count; j++)
        {
            string t = plans[j].TheoremId;
            certain[j] = _stats[t].Counterexamples + plans.Take(j).Count(p => p.TheoremId == t) < _options.Keep;
        }
        var outcomes = new CaseOutcome?[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = _options.Workers }, j =>
        {
            if (cancellation.IsCancellationRequested)
            {
                return;
            }
            outcomes[j] = CaseRunner.Run(plans[j], _seed, _profile, _options.Shrink, judged =>
            {
                if (_store is not null && certain[j] && _store.AddFinding(judged, _seed))
                {
                    Interlocked.Increment(ref _findingsAdded);
                }
            });
        });
        return outcomes.Any(o => o is null) ? null : Array.ConvertAll(outcomes, o => o!);
    }

    /// <summary>Commits the round's retained Counterexamples (or their shrinks) and folds every outcome, in index order; true when one was a Counterexample.</summary>
    private bool FoldRound(CaseOutcome[] outcomes)
    {
        bool found = false;
        foreach (var o in outcomes)
        {
            if (_store is not null && o.Verdict?.Kind == VerdictKind.Counterexample && FindingWeight(o) is { } weight
                && _retention.Keeps(o.Plan.TheoremId, _stats[o.Plan.TheoremId].Counterexamples, weight))
            {
                if (_store.AddFinding(o, _seed))
                {
                    _findingsAdded++;
                }
                else
                {
                    _store.RecordShrink(o, _seed);
                }
            }
            Fold(o);
            found |= o.Verdict?.Kind == VerdictKind.Counterexample;
        }
        return found;
    }

    /// <summary>Writes the resume point, statistics, new case rows, pools, best-Inconclusive lists and a progress row (no-op without a store).</summary>
    private void Checkpoint()
    {
        double seconds = _session.Seconds + _clock.Elapsed.TotalSeconds;
        _store?.Checkpoint(new HuntCheckpoint(_next, seconds, _stats.Values, _newCases, _pools, _top,
            new ProgressRow(_shard.ToString(), seconds, _stats.Values.Sum(s => s.Cases), _stats.Values.Sum(s => s.Counterexamples), BestScores(_stats))));
        _newCases.Clear();
        _sinceCheckpoint.Restart();
    }

    /// <summary>Adds one outcome to the statistics, the case rows, the climbing pool and the best-Inconclusive list.</summary>
    private void Fold(CaseOutcome o)
    {
        var (stats, pools, top, profile, newCases) = (_stats, _pools, _top, _profile, _newCases);
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

    /// <summary>Closes the store.</summary>
    public void Dispose() => _store?.Dispose();
}
