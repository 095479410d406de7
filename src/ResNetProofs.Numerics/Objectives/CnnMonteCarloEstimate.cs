namespace ResNetProofs.Numerics.Objectives;

/// <summary>
/// A Monte Carlo estimate of the CNN population loss and its gradient from N seeded draws of Z: sample means and their standard
/// errors sd/√N (per gradient coordinate), for comparison with <see cref="CnnPopulationLoss"/> within a few standard errors.
/// </summary>
public sealed record CnnMonteCarloEstimate
{
    /// <summary>N, the number of draws of Z.</summary>
    public required int Samples { get; init; }

    /// <summary>The mean of ½(f − y)² over the draws.</summary>
    public required double Value { get; init; }

    /// <summary>The standard error of <see cref="Value"/>: the sample standard deviation over √N.</summary>
    public required double ValueStandardError { get; init; }

    /// <summary>The mean of the back-propagated gradient (f − y)∇_θ f with relu′(0) = 0 (length p + k).</summary>
    public required IReadOnlyList<double> Gradient { get; init; }

    /// <summary>Standard errors of <see cref="Gradient"/>, per coordinate.</summary>
    public required IReadOnlyList<double> GradientStandardErrors { get; init; }
}
