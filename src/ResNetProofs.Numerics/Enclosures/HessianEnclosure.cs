namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// Enclosures over a parameter box B of R(θ), ∇R(θ) (length P) and ∇²R(θ) (P×P): for every θ ∈ B where they exist,
/// the true values lie in the intervals. The Hessian enclosure is symmetric (entries (i, j) and (j, i) are the
/// intersection of two independently computed enclosures of the same value); across a ReLU kink the affected entries
/// are <see cref="Interval.Entire"/>.
/// </summary>
/// <param name="Value">Encloses R(θ) for every θ in the box.</param>
/// <param name="Gradient">Encloses ∇R(θ) entrywise, length P (owned by this record; do not mutate).</param>
/// <param name="Hessian">Encloses ∇²R(θ) entrywise, P×P, symmetric.</param>
/// <param name="Kink">The first ReLU pre-activation whose enclosure contains 0, or null when R is C^∞ on the box.</param>
public sealed record HessianEnclosure(Interval Value, Interval[] Gradient, IntervalMatrix Hessian, KinkCrossing? Kink);
