using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// A generated Gulcu instance (theorems.md, Gulcu): n unit-norm inputs in R^d with N(0, 1) targets, the Du et al. 2019 ResNet
/// of width m and depth H with Gaussian θ₀, and the gradient-descent settings of its run (the spectrum is tracked at every step).
/// </summary>
public sealed record GulcuOptions
{
    /// <summary>n ≥ 1 (default 16).</summary>
    public int Samples { get; init; } = 16;

    /// <summary>d ≥ 1, or null for d = n (the default: keeps the data spread, so λ₀ does not shrink as n grows).</summary>
    public int? Dimension { get; init; }

    /// <summary>m ≥ 1 (default 32).</summary>
    public int Width { get; init; } = 32;

    /// <summary>H ≥ 1 (default 2).</summary>
    public int Depth { get; init; } = 2;

    /// <summary>Seed of data, a and θ₀ (<see cref="WideResidualProblem.Generate"/>).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>c_res ∈ (0, 1) (default 0.5).</summary>
    public double ResidualScale { get; init; } = WideResidualProblem.DefaultResidualScale;

    /// <summary>σ (default softplus, theorems.md).</summary>
    public ActivationKind Activation { get; init; } = ActivationKind.Softplus;

    /// <summary>Train a as well (default false: a fixed, as in Du et al.).</summary>
    public bool TrainOutput { get; init; }

    /// <summary>
    /// The run: default η = 1/λ_max(G₀), at most 1000 steps, stop at L ≤ 1e−10 (far above the rounding floor of L, about
    /// (√n·ε_f)² ≈ 1e−26), spectrum tracked.
    /// </summary>
    public GradientDescentOptions Descent { get; init; } = new() { MaxSteps = 1000, TargetLoss = 1e-10, TrackSpectrum = true };

    /// <summary>Draws the problem.</summary>
    public WideResidualProblem Generate() =>
        WideResidualProblem.Generate(Samples, Dimension ?? Samples, Width, Depth, Seed, ResidualScale, Activation, TrainOutput);
}
