namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// A ReLU pre-activation whose enclosure over a parameter box contains 0: somewhere in the box the unit may sit on its
/// kink, so R need not be twice (or even once) differentiable there. Derivative enclosures that pass through this unit
/// use σ′ ∈ [0, 1] and σ″ = <see cref="Interval.Entire"/>.
/// </summary>
/// <param name="Node">Name of the ReLU activation node (e.g. "F.act1").</param>
/// <param name="NodeIndex">Index of that node in the graph.</param>
/// <param name="Sample">Data index i (0-based).</param>
/// <param name="Unit">Unit index j inside the node (0-based).</param>
/// <param name="PreActivation">The enclosure of the pre-activation a_ij over the box; it contains 0.</param>
public sealed record KinkCrossing(string Node, int NodeIndex, int Sample, int Unit, Interval PreActivation);
