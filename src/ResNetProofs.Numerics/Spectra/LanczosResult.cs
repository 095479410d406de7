namespace ResNetProofs.Numerics.Spectra;

/// <summary>The extreme Ritz pairs (approximations to λ_min and λ_max) from a Lanczos run, with the reason it stopped.</summary>
public sealed record LanczosResult
{
    /// <summary>The Ritz pair for λ_min.</summary>
    public required RitzPair Min { get; init; }

    /// <summary>The Ritz pair for λ_max.</summary>
    public required RitzPair Max { get; init; }

    /// <summary>Lanczos steps k (dimension of the Krylov space built).</summary>
    public required int Iterations { get; init; }

    /// <summary>Products A·v evaluated, including the two re-evaluations of the Ritz vectors.</summary>
    public required int Products { get; init; }

    /// <summary>True when both <see cref="Min"/> and <see cref="Max"/> meet the residual test.</summary>
    public required bool Converged { get; init; }

    /// <summary>Why the iteration stopped.</summary>
    public required LanczosStopReason StopReason { get; init; }

    /// <summary>‖T_k‖₂ = max(|θ_min|, |θ_max|), the scale of the relative residual test (≤ ‖A‖₂).</summary>
    public required double NormEstimate { get; init; }

    /// <summary>The relative residual tolerance used.</summary>
    public required double Tolerance { get; init; }
}
