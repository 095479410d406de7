namespace ResNetProofs.Generators;

/// <summary>The degenerate datasets mixed in at <see cref="GeneratorLimits.DegenerateOneIn"/>; each states its defining property.</summary>
public enum DegenerateCase
{
    /// <summary>An ordinary dataset.</summary>
    None,

    /// <summary>Some (x_j, y_j) equals an earlier (x_i, y_i), i &lt; j (needs n ≥ 2).</summary>
    DuplicatePoints,

    /// <summary>Column j of X equals an earlier column k &lt; j, so rank X &lt; d (needs d ≥ 2); targets are made after.</summary>
    RankDeficient,

    /// <summary>n ∈ [1, d − 1] samples (needs d ≥ 2).</summary>
    FewerSamplesThanDimension,

    /// <summary>Every y_i = 0; with ±1 labels (logistic loss), every y_i = +1 instead.</summary>
    ZeroTargets,

    /// <summary>
    /// One row scaled by 100 (its largest entry raised to |x| = 100 if smaller) and another by 1/100 (so |x| ≤ 0.04); needs
    /// n ≥ 2; |x| ≤ 400; targets are made after.
    /// </summary>
    MixedScales,

    /// <summary>One row x_i = 0; the instance generators zero the first hidden bias, so a ReLU pre-activation is exactly 0 there.</summary>
    ReluKink,
}
