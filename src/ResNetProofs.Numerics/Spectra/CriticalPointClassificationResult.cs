namespace ResNetProofs.Numerics.Spectra;

/// <summary>
/// Inertia of a Hessian H at a critical point, in full and on the orthogonal complement S^⊥ of the symmetry tangent space
/// S = span(d_1..d_m), with every tolerance used. An eigenvalue counts as zero when |λ̂_j| ≤ ε_rel·‖H‖₂ + e_j.
/// </summary>
public sealed record CriticalPointClassificationResult
{
    /// <summary>λ̂_min(H_sym).</summary>
    public required double MinEigenvalue { get; init; }

    /// <summary>λ̂_max(H_sym).</summary>
    public required double MaxEigenvalue { get; init; }

    /// <summary>#{j : λ̂_j &gt; ε_rel·‖H‖₂ + e_j}.</summary>
    public required int PositiveCount { get; init; }

    /// <summary>#{j : λ̂_j &lt; −(ε_rel·‖H‖₂ + e_j)}.</summary>
    public required int NegativeCount { get; init; }

    /// <summary>#{j : |λ̂_j| ≤ ε_rel·‖H‖₂ + e_j}.</summary>
    public required int ZeroCount { get; init; }

    /// <summary>ε_rel = <see cref="Precision.Tolerances.EigenvalueZeroRelative"/>.</summary>
    public required double ZeroRelativeTolerance { get; init; }

    /// <summary>ε_rel·‖H‖₂, the absolute part of the zero test (each eigenvalue adds its own bound e_j).</summary>
    public required double ZeroAbsoluteTolerance { get; init; }

    /// <summary>r = rank of [d_1 … d_m]: singular values above <see cref="SymmetryRankTolerance"/>.</summary>
    public required int SymmetryRank { get; init; }

    /// <summary>max(P, m)·u·σ_max of the direction matrix (<see cref="Precision.Tolerances.RankThreshold"/>); 0 when m = 0.</summary>
    public required double SymmetryRankTolerance { get; init; }

    /// <summary>dim S^⊥ = P − r.</summary>
    public required int ComplementDimension { get; init; }

    /// <summary>λ̂_min(Cᵀ H_sym C) for an orthonormal basis C of S^⊥; +∞ (the minimum over an empty set) when r = P.</summary>
    public required double ComplementMinEigenvalue { get; init; }

    /// <summary>Positive eigenvalues of Cᵀ H C (same zero test, with the scale ‖H‖₂ of the full matrix).</summary>
    public required int ComplementPositiveCount { get; init; }

    /// <summary>Negative eigenvalues of Cᵀ H C.</summary>
    public required int ComplementNegativeCount { get; init; }

    /// <summary>Zero eigenvalues of Cᵀ H C.</summary>
    public required int ComplementZeroCount { get; init; }

    /// <summary>‖H − Hᵀ‖_F / ‖H‖_F of the input.</summary>
    public required double Asymmetry { get; init; }

    /// <summary>When λ̂_min(H) &lt; 0: the eigenvector v ∈ R^P with vᵀHv re-evaluated; null otherwise.</summary>
    public EigenWitness? Witness { get; init; }

    /// <summary>When λ̂_min(CᵀHC) &lt; 0: v = C s ∈ R^P (s the eigenvector) with vᵀHv re-evaluated from H; null otherwise.</summary>
    public EigenWitness? ComplementWitness { get; init; }

    /// <summary>max_k |d_kᵀv| / ‖d_k‖ over the non-zero directions for the complement witness v (≈ 0 means v ⟂ S); NaN without a witness.</summary>
    public required double ComplementWitnessAlignment { get; init; }

    /// <summary>The full spectrum of H with per-eigenvalue error bounds e_j.</summary>
    public required SymmetricSpectrumResult Spectrum { get; init; }

    /// <summary>The spectrum of Cᵀ H C ((P − r)×(P − r)); the full spectrum when r = 0; null when r = P.</summary>
    public SymmetricSpectrumResult? ComplementSpectrum { get; init; }
}
