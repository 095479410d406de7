namespace ResNetProofs.Studies;

/// <summary>A two-sided interval [Low, High] ⊆ [0, 1] for a success rate (NaN, NaN when there were no trials).</summary>
/// <param name="Low">Lower end.</param>
/// <param name="High">Upper end.</param>
public sealed record RateInterval(double Low, double High)
{
    /// <summary>The interval of a rate with no trials: [NaN, NaN].</summary>
    public static RateInterval None { get; } = new(double.NaN, double.NaN);
}
