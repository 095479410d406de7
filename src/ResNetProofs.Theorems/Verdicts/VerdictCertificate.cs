namespace ResNetProofs.Theorems.Verdicts;

/// <summary>
/// The proof behind a decided verdict, re-checkable from the instance alone (<c>resnetproofs verify</c>): the method
/// (e.g. a Krawczyk existence test on a symmetry slice), the radius of the ball that holds the true critical point θ*,
/// and every enclosure that decided a check, with its width and how it was obtained.
/// </summary>
public sealed record VerdictCertificate
{
    /// <summary>How the point was certified, e.g. "Krawczyk on a gauge slice" or "enclosures at θ as given".</summary>
    public required string Method { get; init; }

    /// <summary>What the method proved (or why it failed), in one line.</summary>
    public required string Detail { get; init; }

    /// <summary>r, the slice-box half-width (NaN when no ball was needed or found).</summary>
    public double Radius { get; init; } = double.NaN;

    /// <summary>Upper bound on ‖θ* − θ̃‖₂ (NaN when no ball).</summary>
    public double Distance { get; init; } = double.NaN;

    /// <summary>The symmetry gauge and its transversality margin.</summary>
    public string Gauge { get; init; } = "";

    /// <summary>The enclosures that decided the checks.</summary>
    public required IReadOnlyList<EnclosedValue> Enclosures { get; init; }

    /// <summary>A negative-curvature witness v (unit, length P), when a strict saddle was proved.</summary>
    public double[]? Witness { get; init; }
}
