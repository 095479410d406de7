namespace ResNetProofs.Numerics.Models;

/// <summary>
/// A scalar predictor f(x; θ) on R^d with a flat parameter vector θ whose named blocks
/// (<see cref="NetworkGraph.Layout"/>) a report can cite.
/// </summary>
public interface IModel
{
    /// <summary>Stable kind used in instance files: "deep-resnet", "single-block-resnet", "one-hidden-layer".</summary>
    string Kind { get; }

    /// <summary>d, the input dimension.</summary>
    int InputDimension { get; }

    /// <summary>True when f carries an output bias c (then compare with the affine baseline tᵀx + b).</summary>
    bool OutputBias { get; }

    /// <summary>The computation graph, including the parameter layout.</summary>
    NetworkGraph Graph { get; }

    /// <summary>Index of the node whose output the readout wᵀ(·) (+ c) reads: h_L for a ResNet.</summary>
    int FeatureNode { get; }
}
