using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// One tracked step t → t+1 of gradient descent: the spectrum of G_t = J_tJ_tᵀ, the residual norms and the second-order
/// remainder e_t = r_{t+1} − (I − ηG_t)r_t (exactly what the linearisation misses), with rounding bounds.
/// </summary>
public sealed record GradientDescentStep
{
    /// <summary>t (0-based).</summary>
    public required int Index { get; init; }

    /// <summary>L_t = ½‖r_t‖².</summary>
    public required double Loss { get; init; }

    /// <summary>L_{t+1}.</summary>
    public required double NextLoss { get; init; }

    /// <summary>λ̂_min(G_t).</summary>
    public required double MinEigenvalue { get; init; }

    /// <summary>λ̂_max(G_t).</summary>
    public required double MaxEigenvalue { get; init; }

    /// <summary>Error bound of λ̂_min (residual bound + n·u·‖G‖, <see cref="Spectra.SymmetricSpectrum"/>).</summary>
    public required double MinEigenvalueError { get; init; }

    /// <summary>Error bound of λ̂_max.</summary>
    public required double MaxEigenvalueError { get; init; }

    /// <summary>‖r_t‖₂.</summary>
    public required double ResidualNorm { get; init; }

    /// <summary>‖(I − ηG_t) r_t‖₂, the linearised next residual.</summary>
    public required double LinearizedNorm { get; init; }

    /// <summary>‖e_t‖₂ = ‖r_{t+1} − (I − ηG_t)r_t‖₂, the Taylor remainder of f along the step.</summary>
    public required double RemainderNorm { get; init; }

    /// <summary>Per-output rounding bound ε_f at θ_t and θ_{t+1} (the larger; absolute, <see cref="WideResidualNetwork.OutputRoundingBound"/>).</summary>
    public required double OutputRounding { get; init; }

    /// <summary>Rounding bound of the Gram matrix itself, ‖Ĝ_t − G_t‖₂ ≤ 16·n·(d + Hm)·u·max_i G_ii (each entry a (d + Hm)-term sum of products bounded by √(G_ii G_jj)).</summary>
    public required double GramRounding { get; init; }

    /// <summary>Rounding bound of η·G_t r_t: 16·n·u·η·‖G_t‖₂·‖r_t‖ (absolute, n-term products).</summary>
    public required double GramProductRounding { get; init; }
}
