using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// The record of one gradient-descent run: η and how it was set, the loss at every step, why it stopped, the final θ, and
/// (when tracked) one <see cref="GradientDescentStep"/> per step.
/// </summary>
public sealed record GradientDescentRun
{
    /// <summary>η = StepFraction/λ̂_max(G₀).</summary>
    public required double StepSize { get; init; }

    /// <summary>λ̂_max(G₀), which set η.</summary>
    public required double InitialMaxEigenvalue { get; init; }

    /// <summary>λ̂_min(G₀).</summary>
    public required double InitialMinEigenvalue { get; init; }

    /// <summary>Error bound of λ̂_min(G₀) (eigen-solver bound plus Gram rounding).</summary>
    public required double InitialMinEigenvalueError { get; init; }

    /// <summary>L_0, L_1, …, L_T (length T + 1).</summary>
    public required IReadOnlyList<double> Losses { get; init; }

    /// <summary>The tracked steps (empty unless <see cref="GradientDescentOptions.TrackSpectrum"/>).</summary>
    public required IReadOnlyList<GradientDescentStep> Steps { get; init; }

    /// <summary>Why the run ended.</summary>
    public required ExitCondition StopReason { get; init; }

    /// <summary>θ_T.</summary>
    public required double[] FinalParameters { get; init; }

    /// <summary>The options of the run.</summary>
    public required GradientDescentOptions Options { get; init; }

    /// <summary>Number of steps taken, T = Losses.Count − 1.</summary>
    public int StepCount => Losses.Count - 1;

    /// <summary>L_T.</summary>
    public double FinalLoss => Losses[^1];

    /// <summary>min_t L_t.</summary>
    public double MinLoss => Losses.Min();
}
