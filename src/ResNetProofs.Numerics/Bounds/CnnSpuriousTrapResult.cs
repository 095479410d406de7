namespace ResNetProofs.Numerics.Bounds;

/// <summary>
/// The margins of <see cref="CnnSpuriousTrap"/> at one weight-normalised iterate (unit teacher): all three &gt; 0 certify that fixed-step
/// descent from it converges to the spurious point and never reaches L below L(π, a_sp) &gt; 0.
/// </summary>
public sealed record CnnSpuriousTrapResult
{
    /// <summary>ε = π − ∠(w, w*), the angle gap to −w*.</summary>
    public required double AngleGap { get; init; }

    /// <summary>‖a − a_sp‖₂.</summary>
    public required double ReadoutGap { get; init; }

    /// <summary>ρ = max(‖a − a_sp‖, h(π − ε)‖a*‖/(2πα)), α = (π − 1)/(2π): the radius of the invariant readout ball.</summary>
    public required double Radius { get; init; }

    /// <summary>−(a_spᵀa* + ρ‖a*‖): &gt; 0 means aᵀa* &lt; 0 on the whole ball, so every step increases the angle towards π.</summary>
    public required double AlignmentMargin { get; init; }

    /// <summary>1/λ_max − η with λ_max = α + k/(2π) the largest eigenvalue of ∇²_a L: &gt; 0 makes a ↦ a − η∇_a L a contraction by 1 − ηα.</summary>
    public required double StepMargin { get; init; }

    /// <summary>4π‖v‖² − η·ε·(|a_spᵀa*| + ρ‖a*‖): &gt; 0 means the rotation of v per step is at most 2ε, so the gap ε never grows.</summary>
    public required double OvershootMargin { get; init; }

    /// <summary>L(π, a_sp), the loss of the spurious point: a lower bound on L along the rest of the run.</summary>
    public required double SpuriousLoss { get; init; }

    /// <summary>The scale of the margins' rounding: max(1, ‖a*‖², ‖v‖²) (each margin is a few dot products of length ≤ max(p, k)).</summary>
    public required double Scale { get; init; }

    /// <summary>Whether all three margins are positive (no rounding allowance; theorems apply their own tolerance).</summary>
    public bool AllPositive => AlignmentMargin > 0 && StepMargin > 0 && OvershootMargin > 0;
}
