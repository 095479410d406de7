using ResNetProofs.Hunting.Search;

namespace ResNetProofs.Hunting.Store;

/// <summary>Counts and records of one theorem in one hunt (checkpointed with the next case index).</summary>
public sealed class TheoremStatistics
{
    /// <summary>Empty statistics of <paramref name="theoremId"/>.</summary>
    public TheoremStatistics(string theoremId) => TheoremId = theoremId;

    /// <summary>The theorem.</summary>
    public string TheoremId { get; }

    /// <summary>Cases judged (all outcomes).</summary>
    public long Cases { get; set; }

    /// <summary>Confirmed verdicts.</summary>
    public long Confirmed { get; set; }

    /// <summary>Vacuous verdicts.</summary>
    public long Vacuous { get; set; }

    /// <summary>Counterexample verdicts.</summary>
    public long Counterexamples { get; set; }

    /// <summary>Inconclusive verdicts.</summary>
    public long Inconclusive { get; set; }

    /// <summary>Cases the theorem did not apply to.</summary>
    public long Inapplicable { get; set; }

    /// <summary>Cases whose drawing or judging threw (a bug to look at; the message is in the case table's verdict column).</summary>
    public long Errors { get; set; }

    /// <summary>Refined cases whose refinement stopped other than Converged.</summary>
    public long RefinementFailures { get; set; }

    /// <summary>Cases that were targeted climbs.</summary>
    public long Climbs { get; set; }

    /// <summary>The best score so far, or null.</summary>
    public double? BestScore { get; set; }

    /// <summary>The global index of the case with the best score, or null.</summary>
    public long? BestCaseIndex { get; set; }

    /// <summary>How many cases of this theorem were judged up to and including its first Counterexample, or null.</summary>
    public long? FirstCounterexampleCase { get; set; }

    /// <summary>The global index of the first Counterexample, or null.</summary>
    public long? FirstCounterexampleIndex { get; set; }

    /// <summary>Case-seconds (summed over workers) spent on this theorem up to and including its first Counterexample, or null.</summary>
    public double? FirstCounterexampleSeconds { get; set; }

    /// <summary>Seconds spent on this theorem's cases (drawing, refining, judging; shrinking excluded).</summary>
    public double Seconds { get; set; }

    /// <summary>Adds one outcome (call in case-index order).</summary>
    public void Add(CaseOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Add(outcome.Plan.Index, outcome.Plan.Phase, outcome.VerdictText, outcome.Score, outcome.Case is { } c && !c.RefinementConverged, outcome.Seconds);
    }

    /// <summary>Adds one case by its stored columns (call in case-index order).</summary>
    public void Add(long index, string phase, string verdict, double? score, bool refinementFailed, double seconds)
    {
        Cases++;
        Seconds += seconds;
        if (phase == "climb")
        {
            Climbs++;
        }
        if (refinementFailed)
        {
            RefinementFailures++;
        }
        switch (verdict)
        {
            case "Confirmed": Confirmed++; break;
            case "Vacuous": Vacuous++; break;
            case "Inconclusive": Inconclusive++; break;
            case "Counterexample":
                Counterexamples++;
                if (FirstCounterexampleCase is null)
                {
                    FirstCounterexampleCase = Cases;
                    FirstCounterexampleIndex = index;
                    FirstCounterexampleSeconds = Seconds;
                }
                break;
            case "Inapplicable": Inapplicable++; break;
            default: Errors++; break;
        }
        if (score is { } s && (BestScore is null || s > BestScore || (s == BestScore && index < BestCaseIndex)))
        {
            BestScore = s;
            BestCaseIndex = index;
        }
    }
}
