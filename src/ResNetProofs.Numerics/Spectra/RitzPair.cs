namespace ResNetProofs.Numerics.Spectra;

/// <summary>
/// A Ritz pair (ρ, y) for an extreme eigenvalue: ρ = yᵀAy re-evaluated with one extra product, and the explicit residual
/// ‖Ay − ρy‖₂, which bounds the distance from ρ to the nearest eigenvalue of A.
/// </summary>
public sealed record RitzPair
{
    /// <summary>ρ = yᵀAy for the unit Ritz vector y (NaN when no Ritz pair was formed).</summary>
    public required double Value { get; init; }

    /// <summary>The unit Ritz vector y = Q_k s (empty when no Ritz pair was formed).</summary>
    public required double[] Vector { get; init; }

    /// <summary>‖Ay − ρy‖₂, recomputed from an explicit product.</summary>
    public required double ResidualNorm { get; init; }

    /// <summary>The Lanczos estimate β_k·|e_kᵀs| of the residual, from the tridiagonal matrix.</summary>
    public required double ResidualEstimate { get; init; }

    /// <summary>True when <see cref="ResidualNorm"/> ≤ tolerance·‖T_k‖₂.</summary>
    public required bool Converged { get; init; }
}
