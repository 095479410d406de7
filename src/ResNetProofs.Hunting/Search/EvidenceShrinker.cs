using System.Diagnostics;
using ResNetProofs.Cases;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Search;

/// <summary>
/// Greedy shrinking of an evidence counterexample with <see cref="EvidenceCaseSource.Shrink"/>: take the first candidate that
/// is strictly smaller (<see cref="EvidenceSize.IsStrictlySmallerThan"/>) and still a Counterexample, repeat until none is. The
/// accepted candidates' indices form the shrunk case's shrink path, so it is regenerated from its origin. Bounded like
/// <see cref="CounterexampleShrinker"/>: a candidate count (deterministic) and a wall-clock time box (safety).
/// </summary>
public static class EvidenceShrinker
{
    /// <summary>Shrinks <paramref name="value"/> (judged <paramref name="verdict"/>, a Counterexample) with <paramref name="source"/>.</summary>
    public static EvidenceShrinkResult Shrink(EvidenceCaseSource source, EvidenceCase value, Verdict verdict, int maxCandidates, TimeSpan timeBox)
    {
        ArgumentNullException.ThrowIfNull(source);
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
            foreach (var candidate in source.Shrink(current))
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
                if (!candidate.Size.IsStrictlySmallerThan(current.Size) || Judge(source, candidate) is not { Kind: VerdictKind.Counterexample } v)
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
        return new EvidenceShrinkResult(current, currentVerdict, steps, judged, clock.Elapsed.TotalSeconds, stop);
    }

    private static Verdict? Judge(EvidenceCaseSource source, EvidenceCase candidate)
    {
        try
        {
            return source.Judge(candidate);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            return null;
        }
    }
}
