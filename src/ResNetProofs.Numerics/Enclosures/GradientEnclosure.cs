namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// Enclosures over a parameter box B of R(θ) and ∇R(θ) (length P): for every θ ∈ B (where R is differentiable),
/// R(θ) ∈ <paramref name="Value"/> and ∂R/∂θ_p(θ) ∈ <paramref name="Gradient"/>[p]. Rigorous (outward rounded).
/// </summary>
/// <param name="Value">Encloses R(θ) for every θ in the box.</param>
/// <param name="Gradient">Encloses ∇R(θ) entrywise, length P (the array is owned by this record; do not mutate).</param>
/// <param name="Kink">The first ReLU pre-activation whose enclosure contains 0, or null when R is C^∞ on the box.</param>
public sealed record GradientEnclosure(Interval Value, Interval[] Gradient, KinkCrossing? Kink);
