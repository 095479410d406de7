using ResNetProofs.Numerics.Enclosures;

namespace ResNetProofs.Numerics.Bounds;

/// <summary>The enclosed margins of a <see cref="CnnTrapWitness"/>: each must be positive (Lo &gt; 0) for the proof.</summary>
public sealed record CnnTrapWitnessResult
{
    /// <summary>a₀, the witness start's readout (the filter is −ŵ*).</summary>
    public required double[] WitnessReadout { get; init; }

    /// <summary>ρ = ‖a₀ − a_sp‖, enclosed.</summary>
    public required Interval ReadoutGap { get; init; }

    /// <summary>−(a_spᵀa* + ρ‖a*‖): positive when aᵀa* &lt; 0 on the whole trap ball.</summary>
    public required Interval AlignmentMargin { get; init; }

    /// <summary>1/λ_max(H) − η: positive when the step contracts the readout dynamics.</summary>
    public required Interval StepMargin { get; init; }

    /// <summary>R − ‖a₀‖: positive when the witness start is interior to the init ball.</summary>
    public required Interval InteriorMargin { get; init; }

    /// <summary>L(θ_sp), enclosed: every trapped run stays at or above it.</summary>
    public required Interval SpuriousLoss { get; init; }

    /// <summary>ε_L·½E y², the loss a run must reach, enclosed.</summary>
    public required Interval LossThreshold { get; init; }

    /// <summary>True when every margin is proved positive and L(θ_sp) is proved above the threshold.</summary>
    public bool Proved => AlignmentMargin.Lo > 0 && StepMargin.Lo > 0 && InteriorMargin.Lo > 0 && SpuriousLoss.Lo > LossThreshold.Hi;
}
