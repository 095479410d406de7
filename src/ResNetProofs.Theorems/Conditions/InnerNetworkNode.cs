using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>The graph node holding F(x) ∈ R^k of a single block f = wᵀ(x + V F(x)): the input of the affine node whose weight is V.</summary>
public static class InnerNetworkNode
{
    /// <summary>The index of F's output node in <paramref name="model"/>'s graph, for the single-block <paramref name="view"/>.</summary>
    /// <exception cref="InvalidOperationException">No affine node carries the view's residual block.</exception>
    public static int Of(IModel model, SingleBlockView view)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(view);
        var nodes = model.Graph.Nodes;
        for (int k = 0; k < nodes.Count; k++)
        {
            if (nodes[k].Weight?.Name == view.ResidualBlock)
            {
                return nodes[k].InputA;
            }
        }
        throw new InvalidOperationException($"no affine node carries the residual block '{view.ResidualBlock}'");
    }
}
