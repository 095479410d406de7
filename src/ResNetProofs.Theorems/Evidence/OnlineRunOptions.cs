namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// Choices of an online run (theorems.md, shamir2018.sgd-tweak): the comparator radius D, the gradient bound G that sets
/// η = D/(G√T), and optionally one inner-network parameter point θ_t per step (θ_t = θ for every t when null).
/// </summary>
public sealed record OnlineRunOptions
{
    /// <summary>D &gt; 0, the comparator radius ‖u‖ ≤ D (default 1).</summary>
    public double Radius { get; init; } = 1;

    /// <summary>G &gt; 0, or null for the default: G_ℓ·max_t ‖(x_t, F_t)‖ when the loss slope is bounded, else the realised max (made self-consistent).</summary>
    public double? GradientBound { get; init; }

    /// <summary>θ_t for t = 1..T (each of the model's length P; only F's blocks matter), or null for θ_t = the instance's θ.</summary>
    public IReadOnlyList<double[]>? ParameterSequence { get; init; }
}
