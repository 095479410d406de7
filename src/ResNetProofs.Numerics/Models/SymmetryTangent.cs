namespace ResNetProofs.Numerics.Models;

/// <summary>
/// One tangent t = d/ds (g_s·θ)|_{s=0} ∈ R^P of a continuous symmetry at θ (not normalised), with the family it belongs to.
/// Deconstructs as (Name, Direction) for callers that only need those two.
/// </summary>
public sealed record SymmetryTangent
{
    /// <summary>Readable name, e.g. "phi1.act1: rescale unit 2".</summary>
    public required string Name { get; init; }

    /// <summary>The kind of symmetry.</summary>
    public required SymmetryKind Kind { get; init; }

    /// <summary>
    /// The family: all tangents of one group acting on one set of blocks (e.g. "U2 → phi2.W1: branch-input mixing");
    /// admissibility for a quotient is decided per family (per unit for ReLU rescaling).
    /// </summary>
    public required string Family { get; init; }

    /// <summary>t ∈ R^P (length = the layout's parameter count).</summary>
    public required double[] Direction { get; init; }

    /// <summary>(Name, Direction), the shape of the tuples the tangents used to be.</summary>
    public void Deconstruct(out string name, out double[] direction)
    {
        name = Name;
        direction = Direction;
    }
}
