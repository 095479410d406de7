namespace ResNetProofs.Numerics.Models;

/// <summary>
/// A fully connected network with one hidden layer: f(x) = aᵀσ(Ux + b) (+ c), U ∈ R^{k×d}.
/// Parameter blocks: "U", "b" (if hidden bias), "a" (1×k), "c" (if output bias).
/// </summary>
public sealed class OneHiddenLayerNetwork : IModel
{
    /// <summary>Builds the network for inputs in R^d with k hidden units.</summary>
    public OneHiddenLayerNetwork(int inputDimension, int width, ActivationKind activation, bool hiddenBias, bool outputBias)
    {
        InputDimension = inputDimension;
        Width = width;
        Activation = activation;
        HiddenBias = hiddenBias;
        OutputBias = outputBias;
        Graph = new NetworkGraph(inputDimension);
        int pre = Graph.AddAffine("Ux", NetworkGraph.InputNode, width, "U", hiddenBias ? "b" : null);
        FeatureNode = Graph.AddActivation("hidden", pre, activation);
        Graph.AddAffine("f", FeatureNode, 1, "a", outputBias ? "c" : null);
    }

    /// <inheritdoc/>
    public string Kind => "one-hidden-layer";

    /// <inheritdoc/>
    public int InputDimension { get; }

    /// <inheritdoc/>
    public bool OutputBias { get; }

    /// <inheritdoc/>
    public NetworkGraph Graph { get; }

    /// <inheritdoc/>
    public int FeatureNode { get; }

    /// <summary>k, the number of hidden units.</summary>
    public int Width { get; }

    /// <summary>σ of the hidden layer.</summary>
    public ActivationKind Activation { get; }

    /// <summary>Whether the hidden layer carries a bias b.</summary>
    public bool HiddenBias { get; }
}
