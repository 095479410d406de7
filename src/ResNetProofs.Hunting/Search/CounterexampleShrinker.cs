using System.Diagnostics;
using ResNetProofs.Cases;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Search;

/// <summary>
/// Greedy shrinking of a counterexample with <see cref="CaseSource.Shrink"/> (which refines shrunk starts again): take the
/// first candidate that is strictly smaller (<see cref="Generators.CaseSize.IsStrictlySmallerThan"/>) and still a
/// Counterexample, repeat until none is. Bounded by a candidate count (deterministic) and a wall-clock time box (safety).
/// </summary>
public static class CounterexampleShrinker
{
    /// <summary>Shrinks <paramref name="value"/> (judged <paramref name="verdict"/>, a Counterexample) of <paramref name="theorem"/>.</summary>
    public static ShrinkResult Shrink(CaseSource source, ITheorem<PointEvidence> theorem, TheoremCase value, Verdict verdict, int maxCandidates, TimeSpan timeBox)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(theorem);
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
                if (!candidate.Size.IsStrictlySmallerThan(current.Size) || Judge(theorem, candidate) is not { Kind: VerdictKind.Counterexample } v)
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
        return new ShrinkResult(current, currentVerdict, steps, judged, clock.Elapsed.TotalSeconds, stop);
    }

    private static Verdict? Judge(ITheorem<PointEvidence> theorem, TheoremCase candidate)
    {
        try
        {
            var evidence = candidate.Evidence();
            return theorem.Inapplicable(evidence) is null ? theorem.Judge(evidence) : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
