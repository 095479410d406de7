namespace ResNetProofs.Theorems.Verdicts;

/// <summary>A quantity known by a rigorous enclosure: Lo ≤ value ≤ Hi, with how the enclosure was obtained.</summary>
/// <param name="Name">What is enclosed, e.g. "R(θ*)".</param>
/// <param name="Lo">Certified lower bound.</param>
/// <param name="Hi">Certified upper bound.</param>
/// <param name="Origin">How, e.g. "interval risk over the Krawczyk box".</param>
public sealed record EnclosedValue(string Name, double Lo, double Hi, string Origin)
{
    /// <summary>Hi − Lo.</summary>
    public double Width => Hi - Lo;
}
