namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Outcome of <see cref="RademacherAscent.Estimate"/>: for each drawn σ_k the best value Ẑ_k = max(0, max over evaluated members
/// of (1/n)Σσ_i f(x_i)) ≤ Z_σk = sup_{f∈F_L}(1/n)Σσ_i f(x_i), their mean (a lower estimate of R̂_S(F_L) = E_σ Z_σ) and the data
/// sizes a confidence statement needs.
/// </summary>
public sealed record RademacherAscentResult
{
    /// <summary>Ẑ_k for k = 1..K, each a member's value (rounded), hence ≤ Z_σk up to rounding.</summary>
    public required IReadOnlyList<double> Values { get; init; }

    /// <summary>(1/K)Σ_k Ẑ_k, the lower estimate of R̂_S(F_L).</summary>
    public required double Mean { get; init; }

    /// <summary>B = (1 + 1/L)^L·(1/n)Σ‖x_i‖₂: every Z_σ lies in [0, B].</summary>
    public required double RangeBound { get; init; }

    /// <summary>(1 + 1/L)^L.</summary>
    public required double GrowthFactor { get; init; }

    /// <summary>max_i ‖x_i‖₂.</summary>
    public required double MaxInputNorm { get; init; }

    /// <summary>n.</summary>
    public required int SampleCount { get; init; }

    /// <summary>d.</summary>
    public required int InputDimension { get; init; }

    /// <summary>
    /// max |f(x_i)|/‖x_i‖₂ over x_i ≠ 0 and over every run's start and best member (0 if none): must not exceed
    /// <see cref="GrowthFactor"/> beyond rounding, else the members left the class.
    /// </summary>
    public required double MaxNormRatio { get; init; }

    /// <summary>Distinct sign patterns among the K draws (identical draws share one ascent: Ẑ is a function of σ).</summary>
    public required int DistinctPatterns { get; init; }

    /// <summary>Objective evaluations (forward and backward passes) in all.</summary>
    public required long Evaluations { get; init; }

    /// <summary>The settings used.</summary>
    public required RademacherAscentOptions Options { get; init; }
}
