namespace ResNetProofs.Generators;

/// <summary>
/// The side of Du et al. 2018's local-minimum condition a plain-CNN teacher lies on: with s = 1ᵀa*, the spurious point is a
/// local minimum exactly when π s² &lt; (k + π − 1)‖a*‖² (<see cref="Numerics.Bounds.CnnSpuriousPoint.ConditionMargin"/>).
/// </summary>
public enum LocalMinimumSide
{
    /// <summary>π(1ᵀa*)² &lt; (k + π − 1)‖a*‖²: the spurious point is a local minimum.</summary>
    Inside,

    /// <summary>π(1ᵀa*)² &gt; (k + π − 1)‖a*‖²: it is not (a descent direction in w exists).</summary>
    Outside,
}
