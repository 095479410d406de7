namespace ResNetProofs.Numerics.Models;

/// <summary>The student of the Safran–Shamir model: the plain sum of ReLUs, or the same with a trained linear skip from input to output.</summary>
public enum StudentForm
{
    /// <summary>x ↦ Σ_{i=1..n} relu(w_iᵀx); parameters θ = (w_1, …, w_n), P = n·d.</summary>
    Plain,

    /// <summary>x ↦ Σ_{i=1..n} relu(w_iᵀx) + uᵀx with u ∈ R^d trained; parameters θ = (w_1, …, w_n, u), P = (n + 1)·d.</summary>
    LinearSkip,
}
