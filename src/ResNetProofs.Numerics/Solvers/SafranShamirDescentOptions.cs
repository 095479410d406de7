using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// The gradient-descent protocol of Safran &amp; Shamir (ICML 2018): fixed steps θ ← θ − η·∇(2πF) with η = 0.1; a run whose
/// gradient norm ‖∇(2πF)‖ exceeds 10⁴ restarts from its initial point with η halved; stop when every block (neuron, and the
/// skip u) has ‖∇_block(2πF)‖ ≤ 10⁻⁹, or when the step budget runs out.
/// </summary>
public sealed record SafranShamirDescentOptions
{
    /// <summary>The initial step η (paper: 0.1).</summary>
    public double Step { get; init; } = 0.1;

    /// <summary>The factor on F whose gradient is followed (paper's code: 2π, i.e. the kernel without its 1/(2π)).</summary>
    public double ObjectiveScale { get; init; } = 2 * Math.PI;

    /// <summary>Restart with η halved when ‖∇(scale·F)‖₂ exceeds this (paper: 10⁴).</summary>
    public double DivergenceThreshold { get; init; } = 1e4;

    /// <summary>Converged when every block gradient norm of scale·F is at most this (paper: 10⁻⁹).</summary>
    public double GradientTolerance { get; init; } = 1e-9;

    /// <summary>Steps allowed per run, over all its restarts (ours; the paper states none). Default 200 000.</summary>
    public long MaxSteps { get; init; } = 200_000;

    /// <summary>Restarts allowed before a run is <see cref="ExitCondition.Diverged"/> (ours; 20 halvings take η to 10⁻⁷).</summary>
    public int MaxRestarts { get; init; } = 20;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (!(Step > 0) || !double.IsFinite(Step) || !(ObjectiveScale > 0) || !double.IsFinite(ObjectiveScale)
            || !(DivergenceThreshold > 0) || !(GradientTolerance > 0) || MaxSteps < 1 || MaxRestarts < 0)
        {
            throw new ArgumentException($"invalid descent options: {this}");
        }
    }
}
