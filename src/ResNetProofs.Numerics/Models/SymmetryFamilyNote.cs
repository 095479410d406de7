namespace ResNetProofs.Numerics.Models;

/// <summary>
/// A statement about one symmetry family (or one unit of it) at θ, with the measured numbers: why it is excluded from a
/// quotient of ∇²R (its directions are no symmetry near θ, or its orbit degenerates to a point), or why its orbit has
/// lower dimension than its tangent count.
/// </summary>
/// <param name="Family">The family's name, as in <see cref="SymmetryTangent.Family"/>.</param>
/// <param name="Kind">The kind of symmetry.</param>
/// <param name="TangentCount">How many tangents the statement concerns.</param>
/// <param name="Reason">The condition, with numbers, e.g. "w = 0 (‖w‖₂ = 0 ≤ 1e−8·‖θ‖₂ = 3.1e−08)".</param>
public sealed record SymmetryFamilyNote(string Family, SymmetryKind Kind, int TangentCount, string Reason);
