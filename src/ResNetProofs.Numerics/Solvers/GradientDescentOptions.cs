namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Settings of gradient descent θ_{t+1} = θ_t − η Jᵀ(f − y) on L = ½Σ(f(x_i) − y_i)², with η = <see cref="StepFraction"/>/λ_max(J₀J₀ᵀ)
/// set from the measured spectrum at initialisation.
/// </summary>
public sealed record GradientDescentOptions
{
    /// <summary>η·λ_max(G₀), in (0, 2); default 1, so η = 1/λ_max(G₀) (the linearised step is then a contraction).</summary>
    public double StepFraction { get; init; } = 1;

    /// <summary>Step budget T ≥ 0 (default 2000).</summary>
    public int MaxSteps { get; init; } = 2000;

    /// <summary>Stop as soon as L_t ≤ this (absolute; default 1e−8, the study's "zero loss").</summary>
    public double TargetLoss { get; init; } = 1e-8;

    /// <summary>
    /// Record at every step the spectrum of G_t = J_tJ_tᵀ and the second-order remainder e_t = r_{t+1} − (I − ηG_t)r_t
    /// (costs an n×n eigensolve per step); off, only the losses are kept.
    /// </summary>
    public bool TrackSpectrum { get; init; }

    /// <summary>Throws when a setting is out of range (names the setting and value).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!(StepFraction > 0 && StepFraction < 2))
        {
            throw new ArgumentOutOfRangeException(nameof(StepFraction), StepFraction, $"StepFraction is {StepFraction}: it must lie in (0, 2)");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(MaxSteps);
        if (!(TargetLoss >= 0 && double.IsFinite(TargetLoss)))
        {
            throw new ArgumentOutOfRangeException(nameof(TargetLoss), TargetLoss, $"TargetLoss is {TargetLoss}: it must be finite and ≥ 0");
        }
    }
}
