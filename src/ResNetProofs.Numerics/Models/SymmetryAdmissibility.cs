namespace ResNetProofs.Numerics.Models;

/// <summary>
/// The symmetry tangents at θ split into those admissible for quotienting ∇²R (the orbit through θ is a manifold of
/// constant dimension, so at a critical point ∇²R·t = 0 and t is tangent to the critical set) and the excluded families.
/// </summary>
public sealed record SymmetryAdmissibility
{
    /// <summary>Tangents that may be projected out of ∇²R at θ.</summary>
    public required IReadOnlyList<SymmetryTangent> Admitted { get; init; }

    /// <summary>Families (or units) left out, each with its reason.</summary>
    public required IReadOnlyList<SymmetryFamilyNote> Excluded { get; init; }

    /// <summary>
    /// Admitted mixing families whose orbit at θ has dimension below their tangent count (E ↦ tangent not injective:
    /// neither the input block has full row rank nor the output block full column rank); the reason says which. Quotienting
    /// them stays valid (a genuine GL action); the classification's rank counts the actual orbit dimension.
    /// </summary>
    public required IReadOnlyList<SymmetryFamilyNote> ReducedOrbits { get; init; }

    /// <summary>The relative threshold τ used for "numerically zero" (‖·‖₂ ≤ τ·‖θ‖₂).</summary>
    public required double ZeroRelativeThreshold { get; init; }

    /// <summary>The admitted directions only (length-P arrays), for <c>CriticalPointClassification.Classify(H, directions)</c>.</summary>
    public IReadOnlyList<double[]> Directions => Admitted.Select(t => t.Direction).ToList();
}
