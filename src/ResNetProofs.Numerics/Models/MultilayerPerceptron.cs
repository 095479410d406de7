namespace ResNetProofs.Numerics.Models;

/// <summary>
/// Appends an MLP u ↦ σ(W_k ⋯ σ(W_1 u + b_1) ⋯ + b_k) with k = depth hidden layers, each of the given width, to a graph.
/// Depth 0 means the parameter-free map u ↦ σ(u). Parameter blocks are named "{prefix}.W{j}" and "{prefix}.b{j}".
/// </summary>
public static class MultilayerPerceptron
{
    /// <summary>Appends the MLP on node <paramref name="input"/>; returns the index of its output node.</summary>
    public static int Append(NetworkGraph graph, int input, string prefix, int width, int depth, ActivationKind activation, bool bias)
    {
        if (depth < 0)
        {
            throw new ArgumentException($"{prefix}: inner depth is {depth}: need ≥ 0", nameof(depth));
        }
        if (width < 1)
        {
            throw new ArgumentException($"{prefix}: width is {width}: need ≥ 1", nameof(width));
        }
        if (depth == 0)
        {
            if (graph.Nodes[input].Dim != width)
            {
                throw new ArgumentException($"{prefix}: inner depth 0 (φ = σ elementwise) needs input width {graph.Nodes[input].Dim} = output width {width}", nameof(width));
            }
            return graph.AddActivation($"{prefix}.act", input, activation);
        }
        int node = input;
        for (int j = 1; j <= depth; j++)
        {
            int pre = graph.AddAffine($"{prefix}.pre{j}", node, width, $"{prefix}.W{j}", bias ? $"{prefix}.b{j}" : null);
            node = graph.AddActivation($"{prefix}.act{j}", pre, activation);
        }
        return node;
    }
}
