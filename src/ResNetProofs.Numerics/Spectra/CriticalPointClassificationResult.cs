namespace ResNetProofs.Numerics.Spectra;

/// <summary>
/// Inertia of a Hessian H at a critical point, in full and on the orthogonal complement S^⊥ of the symmetry tangent space
/// S = span(d_1..d_m), with every tolerance used. An eigenvalue counts as zero when |λ̂_j| ≤ ε_rel·‖H‖₂ + e_j.
/// The Complement* fields are "modulo symmetries"; when the quotient is contradicted (<see cref="QuotientContradicted"/>: the full H
/// has a witnessed negative eigenvalue that the projection lost), they describe the full H instead, so they never claim positivity
/// that the full Hessian refutes.
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

    /// <summary>dim S^⊥ = P − r; P when the quotient is contradicted (the complement fields then describe the full H).</summary>
    public required int ComplementDimension { get; init; }

    /// <summary>
    /// λ_min modulo symmetries: λ̂_min(Cᵀ H_sym C) for an orthonormal basis C of S^⊥ (+∞, the minimum over an empty set, when
    /// r = P), or λ̂_min(H_sym) when the quotient is contradicted; never positive while the full H has a witnessed negative eigenvalue.
    /// </summary>
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

    /// <summary>The spectrum of Cᵀ H C ((P − r)×(P − r)); the full spectrum when r = 0 or the quotient is contradicted; null when r = P.</summary>
    public SymmetricSpectrumResult? ComplementSpectrum { get; init; }

    /// <summary>λ̂_min(Cᵀ H_sym C) as computed, whether or not the quotient is contradicted (+∞ when r = P).</summary>
    public required double ProjectedMinEigenvalue { get; init; }

    /// <summary>
    /// True when the full H has a witness v with vᵀHv/‖v‖² &lt; −(ε_rel·‖H‖₂ + β_v) (a strict-saddle witness beyond its rounding bound)
    /// and Cᵀ H C has fewer negative eigenvalues than H. For tangents in ker H the two negative inertias agree exactly (S is then
    /// H-invariant and H = 0 on S), so a loss proves some direction was no symmetry here; the quotient is then discarded.
    /// </summary>
    public required bool QuotientContradicted { get; init; }

    /// <summary>Why the quotient was discarded, with the numbers; empty when it was not.</summary>
    public required string QuotientNote { get; init; }

    /// <summary>The symmetry families projected out, each with its kernel residual; empty when plain directions were given.</summary>
    public required IReadOnlyList<QuotientedSymmetryFamily> QuotientedFamilies { get; init; }

    /// <summary>The families (or units) excluded from the quotient at θ, each with its reason; empty when plain directions were given.</summary>
    public required IReadOnlyList<Models.SymmetryFamilyNote> ExcludedFamilies { get; init; }
}
