using System.Diagnostics;
using ResNetProofs.Cases;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Search;

/// <summary>
/// Greedy shrinking of a counterexample: take the first candidate that is strictly smaller and still a Counterexample, repeat
/// until none is. Bounded by a candidate count (deterministic) and a wall-clock time box (safety). Instance cases shrink with
/// <see cref="CaseSource.Shrink"/> (which refines shrunk starts again); evidence cases with <see cref="EvidenceCaseSource.Shrink"/>,
/// whose accepted candidates' indices form the shrink path the case is regenerated from.
/// </summary>
public static class CounterexampleShrinker
{
    /// <summary>Shrinks <paramref name="value"/> (judged <paramref name="verdict"/>, a Counterexample) of <paramref name="theorem"/>.</summary>
    public static ShrinkResult<TheoremCase> Shrink(CaseSource source, ITheorem<PointEvidence> theorem, TheoremCase value, Verdict verdict, int maxCandidates, TimeSpan timeBox)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(theorem);
        return Greedy(value, verdict, source.Shrink, (a, b) => a.Size.IsStrictlySmallerThan(b.Size), candidate =>
        {
            var evidence = candidate.Evidence();
            return theorem.Inapplicable(evidence) is null ? theorem.Judge(evidence) : null;
        }, maxCandidates, timeBox);
    }

    /// <summary>Shrinks the evidence case <paramref name="value"/> (judged <paramref name="verdict"/>, a Counterexample) with <paramref name="source"/>.</summary>
    public static ShrinkResult<EvidenceCase> Shrink(EvidenceCaseSource source, EvidenceCase value, Verdict verdict, int maxCandidates, TimeSpan timeBox)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Greedy(value, verdict, source.Shrink, (a, b) => a.Size.IsStrictlySmallerThan(b.Size), source.Judge, maxCandidates, timeBox);
    }

    /// <summary>The greedy loop; a candidate whose judging throws an argument, state or arithmetic error counts as "not a Counterexample".</summary>
    private static ShrinkResult<TCase> Greedy<TCase>(TCase value, Verdict verdict, Func<TCase, IEnumerable<TCase>> candidates,
        Func<TCase, TCase, bool> strictlySmaller, Func<TCase, Verdict?> judge, int maxCandidates, TimeSpan timeBox)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(verdict);
        var clock = Stopwatch.StartNew();
        var current = value;
        var currentVerdict = verdict;
        int steps = 0, judged = 0;
        string stop = "local minimum";
        bool improved = true;
        while (improved)
        {
            improved = false;
            foreach (var candidate in candidates(current))
            {
                if (judged >= maxCandidates)
                {
                    stop = "candidate limit";
                    break;
                }
                if (clock.Elapsed > timeBox)
                {
                    stop = "time box";
                    break;
                }
                judged++;
                if (!strictlySmaller(candidate, current) || Judge(judge, candidate) is not { Kind: VerdictKind.Counterexample } v)
                {
                    continue;
                }
                current = candidate;
                currentVerdict = v;
                steps++;
                improved = true;
                break;
            }
        }
        return new ShrinkResult<TCase>(current, currentVerdict, steps, judged, clock.Elapsed.TotalSeconds, stop);
    }

    private static Verdict? Judge<TCase>(Func<TCase, Verdict?> judge, TCase candidate)
    {
        try
        {
            return judge(candidate);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            return null;
        }
    }
}
