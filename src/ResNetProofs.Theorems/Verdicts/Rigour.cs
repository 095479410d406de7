namespace ResNetProofs.Theorems.Verdicts;

/// <summary>What may decide a theorem's Counterexample.</summary>
public enum Rigour
{
    /// <summary>Only exact facts and rigorous enclosures (the rule for every point theorem).</summary>
    Enclosure,

    /// <summary>
    /// Tolerance-based checks may decide too: kept for the theorems judged on runs and populations (Liu, Gulcu, Rademacher,
    /// the SGD tweak), which are not yet moved to enclosures; their verdicts say so.
    /// </summary>
    Tolerance,
}
