namespace ResNetProofs.Numerics.Models;

/// <summary>
/// The shortcut of the non-overlapping one-hidden-layer CNN f(Z; w, a) = Σ_j (a_j + β)·relu(Z_jᵀw) + γ·Σ_j Z_jᵀw, Z = [Z_1 … Z_k]:
/// each form fixes (β, γ) (<see cref="CnnArchitecture.Beta"/>, <see cref="CnnArchitecture.Gamma"/>). The form of Liu et al. 2019 is
/// reconstructed (theorems.md), so it is a parameter.
/// </summary>
public enum ShortcutForm
{
    /// <summary>No shortcut (β = γ = 0): the plain CNN of Du et al. 2018, f = Σ_j a_j relu(Z_jᵀw).</summary>
    None,

    /// <summary>
    /// RECONSTRUCTED default (theorems.md's reading of Liu et al. 2019): the average-pooled pre-activations skip the ReLU and the
    /// second layer, f = Σ_j a_j relu(Z_jᵀw) + (1/k)Σ_j Z_jᵀw (β = 0, γ = 1/k).
    /// </summary>
    AveragePooledPreActivation,

    /// <summary>
    /// RECONSTRUCTED alternative: the average-pooled activations skip the second layer only, f = Σ_j (a_j + 1/k) relu(Z_jᵀw)
    /// (β = 1/k, γ = 0); a reparametrisation a ↦ a + 1/k of the plain CNN, kept to show what the linear path buys.
    /// </summary>
    AveragePooledActivation,
}
