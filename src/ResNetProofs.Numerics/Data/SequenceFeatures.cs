using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Data;

/// <summary>
/// Node values along a sequence with per-step parameters: row t (row-major T×dim) is node <c>node</c>'s output at x_t under θ_t,
/// e.g. F_t = F_{θ_t}(x_t) for an online run whose inner network changes between steps. Exact forward passes, no tolerance.
/// </summary>
public static class SequenceFeatures
{
    /// <summary>Node <paramref name="node"/> of <paramref name="graph"/> at every x_t under one θ (a single forward pass).</summary>
    /// <exception cref="ArgumentException">d or P disagree, or θ has a NaN/∞ entry.</exception>
    public static double[] At(NetworkGraph graph, int node, Dataset sequence, double[] parameters) =>
        At(graph, node, sequence, Enumerable.Repeat(parameters, sequence.Count).ToArray());

    /// <summary>Node <paramref name="node"/> of <paramref name="graph"/> at x_t under θ_t, for t = 1..T (one θ_t per row of the sequence).</summary>
    /// <exception cref="ArgumentException">d disagrees, the list is not T long, a θ_t has the wrong length or a NaN/∞ entry (named by t and index).</exception>
    public static double[] At(NetworkGraph graph, int node, Dataset sequence, IReadOnlyList<double[]> parameters)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, graph.Nodes.Count);
        if (graph.InputDimension != sequence.Dimension)
        {
            throw new ArgumentException($"dimension mismatch: the graph takes d = {graph.InputDimension} inputs but the sequence has d = {sequence.Dimension}", nameof(sequence));
        }
        int steps = sequence.Count, dim = graph.Nodes[node].Dim, p = graph.Layout.Count;
        if (parameters.Count != steps)
        {
            throw new ArgumentException($"parameters lists {parameters.Count} points but the sequence has T = {steps} steps", nameof(parameters));
        }
        var result = new double[steps * dim];
        for (int t = 0; t < steps; t++)
        {
            var theta = parameters[t] ?? throw new ArgumentException($"parameters[{t}] is null", nameof(parameters));
            if (theta.Length != p)
            {
                throw new ArgumentException($"parameters[{t}] has length {theta.Length} but the model has P = {p}", nameof(parameters));
            }
            for (int j = 0; j < p; j++)
            {
                if (!double.IsFinite(theta[j]))
                {
                    throw new ArgumentException($"parameters[{t}][{j}] is {theta[j]}: parameters must be finite", nameof(parameters));
                }
            }
            var row = Dataset.FromRowMajor(sequence.Input(t), sequence.Dimension, [sequence.Target(t)]);
            ForwardPass.Run(graph, row, theta).Values[node].CopyTo(result, t * dim);
        }
        return result;
    }
}
