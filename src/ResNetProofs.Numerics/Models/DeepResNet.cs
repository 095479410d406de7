namespace ResNetProofs.Numerics.Models;

/// <summary>
/// The deep ResNet of Yun, Sra &amp; Jadbabaie (2019): h_0 = x, h_1 = x + V_1 φ¹(x),
/// h_l = h_{l−1} + V_l φ^l(U_l h_{l−1}) for l = 2..L, f(x) = wᵀh_L (+ c).
/// Parameter blocks: "phi{l}.W{j}", "phi{l}.b{j}", "U{l}" (l ≥ 2), "V{l}", "w", "c".
/// </summary>
public sealed class DeepResNet : IModel
{
    private readonly int[] _blockOutputs;

    /// <summary>Builds the network for inputs in R^d, the given blocks (L ≥ 1) and an optional output bias.</summary>
    public DeepResNet(int inputDimension, IReadOnlyList<ResidualBlockSpec> blocks, bool outputBias)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count == 0)
        {
            throw new ArgumentException("a deep ResNet needs at least one block (L ≥ 1)", nameof(blocks));
        }
        InputDimension = inputDimension;
        Blocks = blocks.ToArray();
        OutputBias = outputBias;
        Graph = new NetworkGraph(inputDimension);
        _blockOutputs = new int[blocks.Count + 1];
        int h = NetworkGraph.InputNode;
        for (int l = 1; l <= blocks.Count; l++)
        {
            var spec = blocks[l - 1];
            int u = h;
            if (l >= 2)
            {
                if (spec.ProjectionWidth < 1)
                {
                    throw new ArgumentException($"block {l}: projection width m_{l} is {spec.ProjectionWidth}: need ≥ 1", nameof(blocks));
                }
                u = Graph.AddAffine($"block{l}.Uh", h, spec.ProjectionWidth, $"U{l}", null);
            }
            int phi = MultilayerPerceptron.Append(Graph, u, $"phi{l}", spec.Width, spec.InnerDepth, spec.Activation, spec.InnerBias);
            int v = Graph.AddAffine($"block{l}.Vphi", phi, inputDimension, $"V{l}", null);
            h = Graph.AddSum($"h{l}", h, v);
            _blockOutputs[l] = h;
        }
        FeatureNode = h;
        Graph.AddAffine("f", h, 1, "w", outputBias ? "c" : null);
    }

    /// <inheritdoc/>
    public string Kind => "deep-resnet";

    /// <inheritdoc/>
    public int InputDimension { get; }

    /// <inheritdoc/>
    public bool OutputBias { get; }

    /// <inheritdoc/>
    public NetworkGraph Graph { get; }

    /// <inheritdoc/>
    public int FeatureNode { get; }

    /// <summary>The block shapes, l = 1..L.</summary>
    public IReadOnlyList<ResidualBlockSpec> Blocks { get; }

    /// <summary>L, the number of residual blocks.</summary>
    public int Depth => Blocks.Count;

    /// <summary>Index of the node h_l (l = 0 is the input x).</summary>
    public int BlockOutputNode(int l) => _blockOutputs[l];

    /// <summary>The readout w ∈ R^d (a 1×d block).</summary>
    public ParameterBlock W => Graph.Layout["w"];

    /// <summary>V_l ∈ R^{d×n_l}.</summary>
    public ParameterBlock V(int l) => Graph.Layout[$"V{l}"];

    /// <summary>U_l ∈ R^{m_l×d}, for l ≥ 2.</summary>
    public ParameterBlock U(int l) => Graph.Layout[$"U{l}"];
}
