namespace ResNetProofs.Studies;

/// <summary>One line of the success-rate table: a configuration (or a subset of its runs) and its counts.</summary>
/// <param name="Configuration">The label.</param>
/// <param name="Runs">Runs counted.</param>
/// <param name="Global">Runs that reached L ≤ ε·½E y².</param>
/// <param name="Spurious">Runs classified at the spurious point.</param>
/// <param name="CertifiedTrapped">Runs certified trapped there (weight-normalised plain runs only; 0 elsewhere).</param>
/// <param name="Neither">Other runs.</param>
/// <param name="MeanIterationsToTolerance">Mean steps to ε over the successful runs (NaN without one).</param>
public sealed record LiuStudyRow(string Configuration, int Runs, int Global, int Spurious, int CertifiedTrapped, int Neither, double MeanIterationsToTolerance)
{
    /// <summary>Global/Runs.</summary>
    public double GlobalRate => Runs == 0 ? double.NaN : (double)Global / Runs;

    /// <summary>Distinct teachers among the runs.</summary>
    public int Teachers { get; init; }

    /// <summary>Wilson 95% interval of <see cref="GlobalRate"/> (runs treated as independent).</summary>
    public RateInterval GlobalWilson { get; init; } = RateInterval.None;

    /// <summary>Teacher-clustered 95% percentile-bootstrap interval of <see cref="GlobalRate"/>.</summary>
    public RateInterval GlobalClustered { get; init; } = RateInterval.None;

    /// <summary>Wilson 95% interval of <see cref="SpuriousRate"/>.</summary>
    public RateInterval SpuriousWilson { get; init; } = RateInterval.None;

    /// <summary>Teacher-clustered 95% percentile-bootstrap interval of <see cref="SpuriousRate"/>.</summary>
    public RateInterval SpuriousClustered { get; init; } = RateInterval.None;

    /// <summary>Spurious/Runs.</summary>
    public double SpuriousRate => Runs == 0 ? double.NaN : (double)Spurious / Runs;
}
