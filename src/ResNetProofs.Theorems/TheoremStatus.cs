namespace ResNetProofs.Theorems;

/// <summary>How sure we are of a statement, as theorems.md tags it.</summary>
public enum TheoremStatus
{
    /// <summary>Stated in the paper, poster or abstract.</summary>
    Exact,

    /// <summary>A consequence we proved ourselves (proof sketch in theorems.md); never the paper's own statement.</summary>
    Derived,

    /// <summary>Our best reading of a detail we could not read; the uncertain part is a parameter.</summary>
    Reconstructed,

    /// <summary>An open question the paper leaves: neither proved nor refuted; a certified counterexample would be a research result.</summary>
    OpenConjecture,

    /// <summary>Deliberately false: a planted statement the suite must refute (its sensitivity check).</summary>
    PlantedFalse,
}
