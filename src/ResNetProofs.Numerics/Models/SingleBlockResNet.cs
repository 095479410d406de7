namespace ResNetProofs.Numerics.Models;

/// <summary>
/// Shamir's (2018) single residual block: f(x) = wᵀ(x + V F_θ(x)) (+ c), with F_θ: R^d → R^k an MLP of
/// <c>innerDepth</c> ≥ 1 hidden layers of width k. Model reconstructed (high confidence) per theorems.md.
/// Parameter blocks: "F.W{j}", "F.b{j}", "V" (d×k), "w", "c".
/// </summary>
public sealed class SingleBlockResNet : IModel
{
    /// <summary>Builds the block for inputs in R^d with hidden width k.</summary>
    public SingleBlockResNet(int inputDimension, int width, int innerDepth, ActivationKind activation, bool innerBias, bool outputBias)
    {
        if (innerDepth < 1)
        {
            throw new ArgumentException($"inner depth is {innerDepth}: F_θ needs ≥ 1 hidden layer", nameof(innerDepth));
        }
        InputDimension = inputDimension;
        Width = width;
        InnerDepth = innerDepth;
        Activation = activation;
        InnerBias = innerBias;
        OutputBias = outputBias;
        Graph = new NetworkGraph(inputDimension);
        InnerNetworkNode = MultilayerPerceptron.Append(Graph, NetworkGraph.InputNode, "F", width, innerDepth, activation, innerBias);
        int v = Graph.AddAffine("VF", InnerNetworkNode, inputDimension, "V", null);
        FeatureNode = Graph.AddSum("h", NetworkGraph.InputNode, v);
        Graph.AddAffine("f", FeatureNode, 1, "w", outputBias ? "c" : null);
    }

    /// <inheritdoc/>
    public string Kind => "single-block-resnet";

    /// <inheritdoc/>
    public int InputDimension { get; }

    /// <inheritdoc/>
    public bool OutputBias { get; }

    /// <inheritdoc/>
    public NetworkGraph Graph { get; }

    /// <inheritdoc/>
    public int FeatureNode { get; }

    /// <summary>k, the width of F_θ.</summary>
    public int Width { get; }

    /// <summary>Hidden layers of F_θ.</summary>
    public int InnerDepth { get; }

    /// <summary>σ of F_θ.</summary>
    public ActivationKind Activation { get; }

    /// <summary>Whether F_θ's layers carry biases.</summary>
    public bool InnerBias { get; }

    /// <summary>Index of the node F_θ(x) ∈ R^k.</summary>
    public int InnerNetworkNode { get; }

    /// <summary>w ∈ R^d (a 1×d block).</summary>
    public ParameterBlock W => Graph.Layout["w"];

    /// <summary>V ∈ R^{d×k}.</summary>
    public ParameterBlock V => Graph.Layout["V"];
}
