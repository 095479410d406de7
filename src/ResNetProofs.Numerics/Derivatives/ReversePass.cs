using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// Reverse-mode differentiation of Σ_i s_i f(x_i; θ) for output seeds s_i (for the risk, s_i = ℓ′(f_i; y_i)/n):
/// accumulates ∂/∂θ into a gradient of length P. Exact, one backward sweep.
/// </summary>
public static class ReversePass
{
    /// <summary>gradient += Σ_i seeds[i]·∇_θ f(x_i; θ), using the node values of a forward pass at θ.</summary>
    public static void Accumulate(NetworkGraph graph, ForwardPass forward, ReadOnlySpan<double> theta, ReadOnlySpan<double> seeds, Span<double> gradient)
    {
        var nodes = graph.Nodes;
        int n = forward.Count;
        var constant = ConstantNodes(graph);
        var adjoint = new double[nodes.Count][];
        adjoint[^1] = seeds.ToArray();
        for (int k = nodes.Count - 1; k >= 1; k--)
        {
            var node = nodes[k];
            var adj = adjoint[k];
            if (adj is null)
            {
                continue;
            }
            int dIn = nodes[node.InputA].Dim;
            var inVal = forward.Values[node.InputA];
            double[]? inAdj = constant[node.InputA] ? null : (adjoint[node.InputA] ??= new double[n * dIn]);
            switch (node.Kind)
            {
                case GraphNodeKind.Affine:
                    var w = node.Weight!.Slice(theta);
                    var gw = node.Weight.Slice(gradient);
                    var gb = node.Bias is null ? Span<double>.Empty : node.Bias.Slice(gradient);
                    for (int i = 0; i < n; i++)
                    {
                        var x = inVal.AsSpan(i * dIn, dIn);
                        for (int a = 0; a < node.Dim; a++)
                        {
                            double s = adj[i * node.Dim + a];
                            if (s == 0)
                            {
                                continue;
                            }
                            VectorKernels.Axpy(s, x, gw.Slice(a * dIn, dIn));
                            if (!gb.IsEmpty)
                            {
                                gb[a] += s;
                            }
                            if (inAdj is not null)
                            {
                                VectorKernels.Axpy(s, w.Slice(a * dIn, dIn), inAdj.AsSpan(i * dIn, dIn));
                            }
                        }
                    }
                    break;
                case GraphNodeKind.Activation:
                    if (inAdj is not null)
                    {
                        for (int j = 0; j < adj.Length; j++)
                        {
                            inAdj[j] += adj[j] * Activation.First(node.Activation, inVal[j]);
                        }
                    }
                    break;
                case GraphNodeKind.Add:
                    if (inAdj is not null)
                    {
                        VectorKernels.Add(adj, inAdj);
                    }
                    if (!constant[node.InputB])
                    {
                        VectorKernels.Add(adj, adjoint[node.InputB] ??= new double[n * nodes[node.InputB].Dim]);
                    }
                    break;
            }
        }
    }

    /// <summary>For each node, true when its value does not depend on θ (the input, and nodes built only from it).</summary>
    internal static bool[] ConstantNodes(NetworkGraph graph)
    {
        var nodes = graph.Nodes;
        var constant = new bool[nodes.Count];
        constant[0] = true;
        for (int k = 1; k < nodes.Count; k++)
        {
            var node = nodes[k];
            constant[k] = node.Kind switch
            {
                GraphNodeKind.Affine => false,
                GraphNodeKind.Activation => constant[node.InputA],
                GraphNodeKind.Add => constant[node.InputA] && constant[node.InputB],
                _ => true,
            };
        }
        return constant;
    }
}
