using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// The kink distance: min over data points i and ReLU units j of |a_ij|, the pre-activation's distance to the kink
/// at 0 (absolute, in pre-activation units). +∞ when the network has no ReLU. Below tolerance, R is not twice
/// differentiable at θ and second-order verdicts must not be trusted.
/// </summary>
/// <param name="Distance">min |a_ij| over ReLU pre-activations (+∞ without ReLU).</param>
/// <param name="Node">Name of the ReLU node where the minimum occurs (null without ReLU).</param>
/// <param name="Sample">Data index i of the minimum (−1 without ReLU).</param>
/// <param name="Unit">Unit index j of the minimum (−1 without ReLU).</param>
public sealed record KinkReport(double Distance, string? Node, int Sample, int Unit)
{
    /// <summary>True when the network has at least one ReLU unit.</summary>
    public bool HasRelu => Node is not null;

    /// <summary>True when the distance is at or below <paramref name="tolerance"/> (absolute), i.e. R may not be C² here.</summary>
    public bool IsAtKink(double tolerance) => Distance <= tolerance;

    /// <summary>Measures the kink distance over every ReLU node of a forward pass.</summary>
    public static KinkReport Measure(NetworkGraph graph, ForwardPass forward)
    {
        var best = new KinkReport(double.PositiveInfinity, null, -1, -1);
        for (int k = 1; k < graph.Nodes.Count; k++)
        {
            var node = graph.Nodes[k];
            if (node.Kind != GraphNodeKind.Activation || node.Activation != ActivationKind.Relu)
            {
                continue;
            }
            var pre = forward.Values[node.InputA];
            for (int j = 0; j < pre.Length; j++)
            {
                double distance = Math.Abs(pre[j]);
                if (best.Node is null || distance < best.Distance)
                {
                    best = new KinkReport(distance, node.Name, j / node.Dim, j % node.Dim);
                }
            }
        }
        return best;
    }
}
