using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Spectra;

/// <summary>
/// A symmetry family whose tangents were projected out of ∇²R, with the check that they lie in its kernel:
/// KernelResidual = max_t ‖H·t‖₂ / (‖H‖₂·‖t‖₂) over the family's non-zero tangents (≈ 0 at a critical point, where
/// H·t = −Xᵀ∇R for a group generator X; a large value means θ is far from critical or the family is no symmetry there).
/// </summary>
/// <param name="Family">The family's name (<see cref="SymmetryTangent.Family"/>).</param>
/// <param name="Kind">The kind of symmetry.</param>
/// <param name="TangentCount">How many tangents the family contributed (before the rank cut).</param>
/// <param name="KernelResidual">max_t ‖H·t‖₂ / (‖H‖₂·‖t‖₂); 0 when H = 0 or every tangent is 0.</param>
public sealed record QuotientedSymmetryFamily(string Family, SymmetryKind Kind, int TangentCount, double KernelResidual);
