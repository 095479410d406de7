namespace ResNetProofs.Theorems.Verdicts;

/// <summary>The rule of the <see cref="Judge"/> that produced a verdict, for counting and filtering.</summary>
public enum VerdictReason
{
    /// <summary>Confirmed: everything holds with margin.</summary>
    AllHold,

    /// <summary>Vacuous: a hypothesis fails by more than its tolerance.</summary>
    HypothesisFails,

    /// <summary>Counterexample: the conclusion fails by more than its tolerance, everything else holds.</summary>
    ConclusionFails,

    /// <summary>Inconclusive: a soundness gate failed.</summary>
    GateFailed,

    /// <summary>Inconclusive: a hypothesis is within its tolerance of the boundary (or NaN).</summary>
    HypothesisUndecided,

    /// <summary>Inconclusive: the conclusion is within its tolerance of the boundary (e.g. a linear saddle, R = R_lin).</summary>
    ConclusionUndecided,

    /// <summary>Inconclusive: the conclusion fails only by a tolerance-based check, which cannot certify a Counterexample.</summary>
    NotCertified,
}
