using ResNetProofs.Cases;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Search;

/// <summary>
/// The per-theorem score that targeted search maximises (the analogue of Hypothesis's <c>target(score)</c>). For the
/// "no bad local minima" statements (conclusion R ≤ R_lin at a critical point or local minimum) it is R − R_lin at the
/// refined point, and only where the statement speaks: the refinement converged, every gate passed and every hypothesis
/// holds (so flat, degenerate points with a large R − R_lin do not crowd the pool); for every other statement it is
/// −(conclusion margin), so a larger score is closer to (or further into) a counterexample; evidence cases (Liu, Gulcu) are
/// scored by −(conclusion margin) only where the statement speaks (<see cref="Of(Verdict)"/>). Null when the number is not available or not finite.
/// </summary>
public static class HuntScore
{
    /// <summary>The statements scored by R − R_lin at refined points.</summary>
    public static IReadOnlySet<string> LocalMinimaStatements { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "shamir2018.local-minima",
        "yun2019.single-block",
        "yun2019.deep-critical-points",
        "yun2019.deep-critical-points.unconditioned",
        "planted.every-critical-point-beats-linear",
        "planted.fully-connected-local-minima-beat-linear",
    };

    /// <summary>The score of a judged case (see the type's summary); never throws.</summary>
    public static double? Of(TheoremCase value, PointEvidence evidence, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(verdict);
        double score;
        if (LocalMinimaStatements.Contains(value.TheoremId))
        {
            if (value.Refinement is null || !value.RefinementConverged || verdict.Gates.Any(g => !g.Passed)
                || verdict.Hypotheses.Any(h => h.Outcome != CheckOutcome.Holds))
            {
                return null;
            }
            try
            {
                score = evidence.Value - evidence.Baseline.Value;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
        else
        {
            score = -verdict.Conclusion.Margin;
        }
        return double.IsFinite(score) ? score : null;
    }

    /// <summary>
    /// The score of a judged evidence case: −(conclusion margin) where the statement speaks (every gate passed, every
    /// hypothesis holds), else null (a Vacuous case's conclusion margin says nothing about the statement); null when not
    /// finite; never throws.
    /// </summary>
    public static double? Of(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Gates.Any(g => !g.Passed) || verdict.Hypotheses.Any(h => h.Outcome != CheckOutcome.Holds))
        {
            return null;
        }
        double score = -verdict.Conclusion.Margin;
        return double.IsFinite(score) ? score : null;
    }
}
