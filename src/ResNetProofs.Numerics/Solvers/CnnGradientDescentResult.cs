using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>A finished <see cref="CnnGradientDescent"/> run: the final point, why it stopped, where it ended, and the trajectory.</summary>
public sealed record CnnGradientDescentResult
{
    /// <summary>The final iterate in the run's own coordinates: (w, a), or (v, a) under weight normalisation.</summary>
    public required IReadOnlyList<double> Theta { get; init; }

    /// <summary>The effective filter w at the end (v/‖v‖ under weight normalisation).</summary>
    public required IReadOnlyList<double> Filter { get; init; }

    /// <summary>The readout a at the end.</summary>
    public required IReadOnlyList<double> Readout { get; init; }

    /// <summary>L at the end.</summary>
    public required double Loss { get; init; }

    /// <summary>‖∇L‖₂ at the end, in the run's coordinates.</summary>
    public required double GradientNorm { get; init; }

    /// <summary>∠(w, w*) at the end (NaN at w = 0).</summary>
    public required double Angle { get; init; }

    /// <summary>Steps taken.</summary>
    public required int Iterations { get; init; }

    /// <summary>The first step count at which L ≤ ε·½E y², or null if never.</summary>
    public required int? IterationsToTolerance { get; init; }

    /// <summary>Why the run stopped.</summary>
    public required ExitCondition StopReason { get; init; }

    /// <summary>Where it ended, by the options' thresholds.</summary>
    public required CnnRunOutcome Outcome { get; init; }

    /// <summary>ε·½E y², the absolute loss threshold used.</summary>
    public required double LossThreshold { get; init; }

    /// <summary>Recorded iterates: step 0, every RecordEvery steps, and the last.</summary>
    public required IReadOnlyList<CnnTrajectoryPoint> Trajectory { get; init; }

    /// <summary>The step η used (the option, or the default from the curvature at θ*).</summary>
    public required double StepSize { get; init; }

    /// <summary>The settings of the run.</summary>
    public required CnnGradientDescentOptions Options { get; init; }
}
