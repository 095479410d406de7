namespace ResNetProofs.Theorems.Verdicts;

/// <summary>How a <see cref="Check"/> came out: decided either way only when |margin| exceeds its tolerance.</summary>
public enum CheckOutcome
{
    /// <summary>margin &gt; τ: the inequality holds with room to spare.</summary>
    Holds,

    /// <summary>margin &lt; −τ: the inequality fails by more than its error bound.</summary>
    Fails,

    /// <summary>|margin| ≤ τ, or a value is NaN: rounding could decide either way.</summary>
    Undecided,
}
