namespace ResNetProofs.Numerics.Models;

/// <summary>The operation a <see cref="GraphNode"/> computes, per sample.</summary>
public enum GraphNodeKind
{
    /// <summary>The input x ∈ R^d (constant in θ).</summary>
    Input,

    /// <summary>out = W·in (+ b), with W a Dim×dim(in) parameter block and an optional bias block.</summary>
    Affine,

    /// <summary>out = σ(in), elementwise.</summary>
    Activation,

    /// <summary>out = in_A + in_B (a residual connection).</summary>
    Add,
}
