namespace ResNetProofs.Theorems.Verdicts;

/// <summary>The four verdicts every theorem check ends in.</summary>
public enum VerdictKind
{
    /// <summary>Every gate passed, every hypothesis holds with margin, and so does the conclusion.</summary>
    Confirmed,

    /// <summary>Some hypothesis fails by more than its tolerance: the theorem says nothing here.</summary>
    Vacuous,

    /// <summary>Every gate passed, every hypothesis holds with margin, and the conclusion fails by more than its tolerance.</summary>
    Counterexample,

    /// <summary>Anything else: a failed gate or a margin within its tolerance; <see cref="Verdict.Reason"/> names it.</summary>
    Inconclusive,
}
