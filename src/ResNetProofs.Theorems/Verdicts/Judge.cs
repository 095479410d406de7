namespace ResNetProofs.Theorems.Verdicts;

/// <summary>
/// Turns gates, hypotheses and a conclusion into one verdict by the same rules for every theorem, in this order:
/// a failed gate → Inconclusive; a hypothesis that fails by more than its tolerance → Vacuous; a hypothesis within its
/// tolerance → Inconclusive; then the conclusion: holds → Confirmed, fails → Counterexample, within tolerance → Inconclusive.
/// So Counterexample needs every gate passed and every margin beyond its error bound, and every hypothesis and the
/// conclusion <see cref="Check.Rigorous"/> (exact, certified or enclosure-based); otherwise it is Inconclusive
/// (<see cref="VerdictReason.NotCertified"/>), for every theorem: a tolerance or a floating-point run never refutes.
/// </summary>
public static class Judge
{
    /// <summary>Judges one instance of theorem <paramref name="theoremId"/>.</summary>
    /// <param name="theoremId">The theorem's id.</param>
    /// <param name="gates">Soundness gates, in order.</param>
    /// <param name="hypotheses">The hypotheses, evaluated.</param>
    /// <param name="conclusion">The conclusion, evaluated.</param>
    /// <param name="numbers">Further numbers to report.</param>
    /// <param name="certificate">The proof behind the enclosures, if any.</param>
    public static Verdict Decide(string theoremId, IReadOnlyList<Gate> gates, IReadOnlyList<Check> hypotheses, Check conclusion, IReadOnlyList<NamedValue>? numbers = null, VerdictCertificate? certificate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(theoremId);
        ArgumentNullException.ThrowIfNull(gates);
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(conclusion);
        var (kind, reason, explanation) = Rule(gates, hypotheses, conclusion);
        var uncertified = hypotheses.Append(conclusion).Where(c => !c.Rigorous && c.Outcome != CheckOutcome.Undecided).Select(c => c.Name).ToList();
        if (kind == VerdictKind.Counterexample && uncertified.Count > 0)
        {
            (kind, reason, explanation) = (VerdictKind.Inconclusive, VerdictReason.NotCertified,
                $"not certified: {string.Join(", ", uncertified)} decided by a tolerance, not an enclosure ({explanation})");
        }
        return new Verdict
        {
            TheoremId = theoremId,
            Kind = kind,
            Reason = reason,
            Explanation = explanation,
            Gates = gates,
            Hypotheses = hypotheses,
            Conclusion = conclusion,
            Numbers = numbers ?? [],
            Certificate = certificate,
            Certified = kind != VerdictKind.Inconclusive && uncertified.Count == 0,
        };
    }

    /// <summary>
    /// Judges a theorem whose conclusion can only be evaluated when every hypothesis holds (it divides by w, or needs a run that
    /// the hypotheses license): if one does not hold, <paramref name="evaluate"/> is not called and the verdict (Vacuous, or
    /// Inconclusive for a hypothesis within tolerance) carries <see cref="Check.NotEvaluated"/> as its conclusion; otherwise it is
    /// <paramref name="evaluate"/>'s verdict, which must judge the same hypotheses.
    /// </summary>
    /// <param name="theoremId">The theorem's id.</param>
    /// <param name="hypotheses">The hypotheses, evaluated.</param>
    /// <param name="conclusionName">The conclusion's name, e.g. "first-order certificate".</param>
    /// <param name="notEvaluatedBecause">What the conclusion needs that is missing, e.g. "b = (∇_V R)ᵀw/‖w‖² needs w ≠ 0".</param>
    /// <param name="evaluate">Evaluates gates and conclusion and decides (by <see cref="Decide"/>).</param>
    /// <param name="numbers">Numbers to report when the conclusion is not evaluated.</param>
    public static Verdict DecideIfHypothesesHold(string theoremId, IReadOnlyList<Check> hypotheses, string conclusionName, string notEvaluatedBecause, Func<Verdict> evaluate, IReadOnlyList<NamedValue>? numbers = null)
    {
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(evaluate);
        return hypotheses.All(h => h.Outcome == CheckOutcome.Holds)
            ? evaluate()
            : Decide(theoremId, [], hypotheses, Check.NotEvaluated(conclusionName, notEvaluatedBecause), numbers);
    }

    private static (VerdictKind, VerdictReason, string) Rule(IReadOnlyList<Gate> gates, IReadOnlyList<Check> hypotheses, Check conclusion)
    {
        if (gates.FirstOrDefault(g => !g.Passed) is { } gate)
        {
            return (VerdictKind.Inconclusive, VerdictReason.GateFailed, "soundness gate failed: " + gate.Describe());
        }
        if (hypotheses.FirstOrDefault(h => h.Outcome == CheckOutcome.Fails) is { } failed)
        {
            return (VerdictKind.Vacuous, VerdictReason.HypothesisFails, "hypothesis fails: " + failed.Describe());
        }
        if (hypotheses.FirstOrDefault(h => h.Outcome == CheckOutcome.Undecided) is { } undecided)
        {
            return (VerdictKind.Inconclusive, VerdictReason.HypothesisUndecided, "hypothesis within tolerance: " + undecided.Describe());
        }
        return conclusion.Outcome switch
        {
            CheckOutcome.Holds => (VerdictKind.Confirmed, VerdictReason.AllHold, "conclusion holds: " + conclusion.Describe()),
            CheckOutcome.Fails => (VerdictKind.Counterexample, VerdictReason.ConclusionFails, "conclusion fails: " + conclusion.Describe()),
            _ => (VerdictKind.Inconclusive, VerdictReason.ConclusionUndecided, "conclusion within tolerance: " + conclusion.Describe()),
        };
    }
}
