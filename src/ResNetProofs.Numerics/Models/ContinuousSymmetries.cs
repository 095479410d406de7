namespace ResNetProofs.Numerics.Models;

/// <summary>
/// Tangent directions at θ of the model's known continuous symmetries (f unchanged along them, so ∇²R has them in
/// its kernel at a critical point):
/// ReLU unit j between W_in and W_out: (row j of W_in, b_in[j]) ↦ ·c and column j of W_out ↦ ·1/c, tangent
/// (+row, +b_j, −column); identity layer: W_in ↦ (I + E)W_in, W_out ↦ W_out(I − E) for every E = e_j e_kᵀ;
/// readout null space: when f = wᵀh (+ c) with h = h' + V φ and V read only there, V ↦ V + s·z e_kᵀ for every z ⟂ w
/// leaves f unchanged (wᵀz = 0), giving (d − 1)·k directions (d·k when w = 0).
/// </summary>
public static class ContinuousSymmetries
{
    /// <summary>The symmetry tangents at θ, each named, each of length P (not normalised).</summary>
    public static IReadOnlyList<(string Name, double[] Direction)> At(NetworkGraph graph, ReadOnlySpan<double> theta)
    {
        var result = new List<(string, double[])>();
        int p = graph.Layout.Count;
        for (int s = 1; s < graph.Nodes.Count; s++)
        {
            var act = graph.Nodes[s];
            if (act.Kind != GraphNodeKind.Activation || act.Activation is not (ActivationKind.Relu or ActivationKind.Identity))
            {
                continue;
            }
            var pre = graph.Nodes[act.InputA];
            var consumers = graph.Consumers(s);
            if (pre.Kind != GraphNodeKind.Affine || graph.Consumers(act.InputA).Count != 1 || consumers.Count != 1)
            {
                continue;
            }
            var next = graph.Nodes[consumers[0]];
            if (next.Kind != GraphNodeKind.Affine)
            {
                continue;
            }
            var wIn = pre.Weight!;
            var wOut = next.Weight!;
            int width = act.Dim;
            if (act.Activation == ActivationKind.Relu)
            {
                for (int j = 0; j < width; j++)
                {
                    var v = new double[p];
                    AddMixing(v, theta, wIn, pre.Bias, wOut, j, j);
                    result.Add(($"{act.Name}: rescale unit {j}", v));
                }
            }
            else
            {
                for (int j = 0; j < width; j++)
                {
                    for (int k = 0; k < width; k++)
                    {
                        var v = new double[p];
                        AddMixing(v, theta, wIn, pre.Bias, wOut, j, k);
                        result.Add(($"{act.Name}: mix e{j}e{k}ᵀ", v));
                    }
                }
            }
        }
        AddReadoutNullSpace(graph, theta, result);
        return result;
    }

    // V ↦ V + z e_kᵀ with wᵀz = 0, for the residual branch V φ summed into the features h that the readout f = wᵀh reads.
    // Basis of w⟂ (not orthogonal; the classification orthonormalises): e_i − (w_i/w_m) e_m for i ≠ m = argmax |w_i|.
    private static void AddReadoutNullSpace(NetworkGraph graph, ReadOnlySpan<double> theta, List<(string, double[])> result)
    {
        var output = graph.Nodes[graph.OutputNode];
        if (output.Kind != GraphNodeKind.Affine || output.Dim != 1)
        {
            return;
        }
        int featureNode = output.InputA;
        var sum = graph.Nodes[featureNode];
        if (sum.Kind != GraphNodeKind.Add || graph.Consumers(featureNode).Count != 1)
        {
            return;
        }
        foreach (int branch in new[] { sum.InputA, sum.InputB })
        {
            var node = graph.Nodes[branch];
            if (branch <= 0 || node.Kind != GraphNodeKind.Affine || node.Bias is not null || graph.Consumers(branch).Count != 1)
            {
                continue;
            }
            var v = node.Weight!;
            var w = output.Weight!.Slice(theta);
            int d = w.Length, m = 0;
            for (int i = 1; i < d; i++)
            {
                m = Math.Abs(w[i]) > Math.Abs(w[m]) ? i : m;
            }
            bool zero = w[m] == 0;
            for (int k = 0; k < v.Cols; k++)
            {
                for (int i = 0; i < d; i++)
                {
                    if (i == m && !zero)
                    {
                        continue;
                    }
                    var direction = new double[graph.Layout.Count];
                    direction[v.Offset + (i * v.Cols) + k] = 1;
                    if (!zero)
                    {
                        direction[v.Offset + (m * v.Cols) + k] = -w[i] / w[m];
                    }
                    result.Add(($"{v.Name}: readout null space e{i}, column {k}", direction));
                }
            }
        }
    }

    // Tangent of W_in ↦ (I + εE)W_in, b ↦ (I + εE)b, W_out ↦ W_out(I − εE) with E = e_j e_kᵀ.
    private static void AddMixing(double[] v, ReadOnlySpan<double> theta, ParameterBlock wIn, ParameterBlock? bias, ParameterBlock wOut, int j, int k)
    {
        var win = wIn.Slice(theta);
        for (int c = 0; c < wIn.Cols; c++)
        {
            v[wIn.Offset + j * wIn.Cols + c] += win[k * wIn.Cols + c];
        }
        if (bias is not null)
        {
            v[bias.Offset + j] += theta[bias.Offset + k];
        }
        var wout = wOut.Slice(theta);
        for (int r = 0; r < wOut.Rows; r++)
        {
            v[wOut.Offset + r * wOut.Cols + k] -= wout[r * wOut.Cols + j];
        }
    }
}
