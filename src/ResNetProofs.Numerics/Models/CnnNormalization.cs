using ResNetProofs.Numerics.Objectives;

namespace ResNetProofs.Numerics.Models;

/// <summary>How gradient descent parametrises the filter.</summary>
public enum CnnNormalization
{
    /// <summary>Plain gradient descent on θ = (w, a).</summary>
    None,

    /// <summary>Weight normalisation (Du et al. 2018): descent on (v, a) with w = v/‖v‖ (<see cref="WeightNormalizedObjective"/>); needs v₀ ≠ 0.</summary>
    WeightNormalized,
}
