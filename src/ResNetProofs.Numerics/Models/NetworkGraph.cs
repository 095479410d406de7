namespace ResNetProofs.Numerics.Models;

/// <summary>
/// A scalar-output network as a topologically ordered list of nodes over a flat parameter vector θ:
/// node 0 is the input x ∈ R^d, the last node is the scalar prediction f(x; θ). Built with the Add* methods.
/// </summary>
public sealed class NetworkGraph
{
    private readonly List<GraphNode> _nodes = [];

    /// <summary>Starts a graph on inputs of dimension d.</summary>
    public NetworkGraph(int inputDimension)
    {
        if (inputDimension < 1)
        {
            throw new ArgumentException($"input dimension is {inputDimension}: need d ≥ 1", nameof(inputDimension));
        }
        InputDimension = inputDimension;
        _nodes.Add(new GraphNode("x", GraphNodeKind.Input, inputDimension, -1, -1, null, null, ActivationKind.Identity));
    }

    /// <summary>d, the input dimension.</summary>
    public int InputDimension { get; }

    /// <summary>The named parameter blocks of θ.</summary>
    public ParameterLayout Layout { get; } = new();

    /// <summary>The nodes in evaluation order; node 0 is the input.</summary>
    public IReadOnlyList<GraphNode> Nodes => _nodes;

    /// <summary>Index of the input node (always 0).</summary>
    public static int InputNode => 0;

    /// <summary>Index of the output node f (the last node, of dimension 1).</summary>
    public int OutputNode => _nodes.Count - 1;

    /// <summary>Appends out = W·in (+ b) with a new weight block (dim × dim(in)) and optional bias block; returns its index.</summary>
    public int AddAffine(string name, int input, int dim, string weightName, string? biasName)
    {
        CheckInput(input, nameof(input));
        var w = Layout.Add(weightName, dim, _nodes[input].Dim);
        var b = biasName is null ? null : Layout.Add(biasName, dim, 1);
        _nodes.Add(new GraphNode(name, GraphNodeKind.Affine, dim, input, -1, w, b, ActivationKind.Identity));
        return _nodes.Count - 1;
    }

    /// <summary>Appends out = σ(in) elementwise; returns its index.</summary>
    public int AddActivation(string name, int input, ActivationKind activation)
    {
        CheckInput(input, nameof(input));
        _nodes.Add(new GraphNode(name, GraphNodeKind.Activation, _nodes[input].Dim, input, -1, null, null, activation));
        return _nodes.Count - 1;
    }

    /// <summary>Appends out = a + b (same dimension); returns its index.</summary>
    public int AddSum(string name, int a, int b)
    {
        CheckInput(a, nameof(a));
        CheckInput(b, nameof(b));
        if (_nodes[a].Dim != _nodes[b].Dim)
        {
            throw new ArgumentException($"cannot add '{_nodes[a].Name}' (dim {_nodes[a].Dim}) and '{_nodes[b].Name}' (dim {_nodes[b].Dim})", nameof(b));
        }
        _nodes.Add(new GraphNode(name, GraphNodeKind.Add, _nodes[a].Dim, a, b, null, null, ActivationKind.Identity));
        return _nodes.Count - 1;
    }

    /// <summary>The indices of the nodes that read node <paramref name="node"/>.</summary>
    public IReadOnlyList<int> Consumers(int node)
    {
        var list = new List<int>();
        for (int k = node + 1; k < _nodes.Count; k++)
        {
            if (_nodes[k].InputA == node || _nodes[k].InputB == node)
            {
                list.Add(k);
            }
        }
        return list;
    }

    /// <summary>Index of the node with this name.</summary>
    public int IndexOf(string name)
    {
        int k = _nodes.FindIndex(n => n.Name == name);
        return k >= 0 ? k : throw new KeyNotFoundException($"no node named '{name}'");
    }

    private void CheckInput(int input, string argument)
    {
        if (input < 0 || input >= _nodes.Count)
        {
            throw new ArgumentOutOfRangeException(argument, input, $"node index outside 0..{_nodes.Count - 1}");
        }
    }
}
