namespace ResNetProofs.Numerics.Models;

/// <summary>
/// One vector-valued node of a <see cref="NetworkGraph"/>, computed per sample from earlier nodes.
/// </summary>
/// <param name="Name">Readable name, e.g. "block2.phi.pre1".</param>
/// <param name="Kind">The operation.</param>
/// <param name="Dim">Output dimension.</param>
/// <param name="InputA">Index of the first input node (−1 for <see cref="GraphNodeKind.Input"/>).</param>
/// <param name="InputB">Index of the second input node (only for <see cref="GraphNodeKind.Add"/>; otherwise −1).</param>
/// <param name="Weight">Weight block W (Dim×dim(in)) of an Affine node.</param>
/// <param name="Bias">Optional bias block b (Dim×1) of an Affine node.</param>
/// <param name="Activation">σ of an Activation node.</param>
public sealed record GraphNode(
    string Name,
    GraphNodeKind Kind,
    int Dim,
    int InputA,
    int InputB,
    ParameterBlock? Weight,
    ParameterBlock? Bias,
    ActivationKind Activation);
