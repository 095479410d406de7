using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// Evaluates every node of a <see cref="NetworkGraph"/> on every sample: Values[k] is node k's output,
/// row-major n×dim(k). Values[last] holds the predictions f(x_i; θ).
/// </summary>
public sealed class ForwardPass
{
    private ForwardPass(double[][] values, int count)
    {
        Values = values;
        Count = count;
    }

    /// <summary>Node outputs, Values[k][i·dim(k) + j].</summary>
    public IReadOnlyList<double[]> Values { get; }

    /// <summary>Number of samples n.</summary>
    public int Count { get; }

    /// <summary>The predictions f(x_i; θ), length n.</summary>
    public ReadOnlySpan<double> Predictions => Values[^1];

    /// <summary>Node k's output on sample i (length dim(k)).</summary>
    public ReadOnlySpan<double> Node(int k, int i, int dim) => Values[k].AsSpan(i * dim, dim);

    /// <summary>Runs the network on all samples of <paramref name="data"/> at θ.</summary>
    public static ForwardPass Run(NetworkGraph graph, Dataset data, ReadOnlySpan<double> theta)
    {
        int n = data.Count;
        var nodes = graph.Nodes;
        var values = new double[nodes.Count][];
        values[0] = data.Inputs.ToArray();
        for (int k = 1; k < nodes.Count; k++)
        {
            var node = nodes[k];
            var output = new double[n * node.Dim];
            var input = values[node.InputA];
            int dIn = nodes[node.InputA].Dim;
            switch (node.Kind)
            {
                case GraphNodeKind.Affine:
                    var w = node.Weight!.Slice(theta);
                    var b = node.Bias is null ? ReadOnlySpan<double>.Empty : node.Bias.Slice(theta);
                    for (int i = 0; i < n; i++)
                    {
                        var x = input.AsSpan(i * dIn, dIn);
                        for (int a = 0; a < node.Dim; a++)
                        {
                            double s = b.IsEmpty ? 0 : b[a];
                            s += Vectors.Dot(w.Slice(a * dIn, dIn), x);
                            output[i * node.Dim + a] = s;
                        }
                    }
                    break;
                case GraphNodeKind.Activation:
                    for (int j = 0; j < output.Length; j++)
                    {
                        output[j] = Activation.Value(node.Activation, input[j]);
                    }
                    break;
                case GraphNodeKind.Add:
                    var other = values[node.InputB];
                    for (int j = 0; j < output.Length; j++)
                    {
                        output[j] = input[j] + other[j];
                    }
                    break;
                default:
                    throw new InvalidOperationException($"node {k} '{node.Name}' has kind {node.Kind} after the input");
            }
            values[k] = output;
        }
        return new ForwardPass(values, n);
    }
}
