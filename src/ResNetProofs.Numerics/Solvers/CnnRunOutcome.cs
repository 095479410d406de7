using ResNetProofs.Numerics.Bounds;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>Where a gradient-descent run ended, by the thresholds of <see cref="CnnGradientDescentOptions"/>.</summary>
public enum CnnRunOutcome
{
    /// <summary>L ≤ ε·½E y² (<see cref="CnnGradientDescentOptions.RelativeLossTolerance"/>).</summary>
    GlobalOptimum,

    /// <summary>
    /// Plain CNN only: angle(w, w*) ≥ π − δ_φ and ‖‖w‖·a − a_sp‖ ≤ δ_a·‖a*‖ (unit teacher), with δ_φ, δ_a from the options; not a
    /// certificate (see <see cref="CnnSpuriousTrap"/> for one).
    /// </summary>
    SpuriousPoint,

    /// <summary>Neither of the above within the iteration budget.</summary>
    Neither,
}
