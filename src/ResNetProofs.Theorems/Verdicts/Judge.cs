namespace ResNetProofs.Theorems.Verdicts;

/// <summary>
/// Turns gates, hypotheses and a conclusion into one verdict by the same rules for every theorem, in this order:
/// a failed gate → Inconclusive; a hypothesis that fails by more than its tolerance → Vacuous; a hypothesis within its
/// tolerance → Inconclusive; then the conclusion: holds → Confirmed, fails → Counterexample, within tolerance → Inconclusive.
/// So Counterexample needs every gate passed and every margin beyond its error bound.
/// </summary>
public static class Judge
{
    /// <summary>Judges one instance of theorem <paramref name="theoremId"/>.</summary>
    public static Verdict Decide(string theoremId, IReadOnlyList<Gate> gates, IReadOnlyList<Check> hypotheses, Check conclusion, IReadOnlyList<NamedValue>? numbers = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(theoremId);
        ArgumentNullException.ThrowIfNull(gates);
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(conclusion);
        var (kind, reason, explanation) = Rule(gates, hypotheses, conclusion);
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
        };
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
