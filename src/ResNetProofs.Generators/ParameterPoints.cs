using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Generators;

/// <summary>Generators of parameter points θ ∈ R^P for a model: Gaussian (1/√fan-in), near-identity, zero blocks, w = 0.</summary>
public static class ParameterPoints
{
    /// <summary>Decimals of every θ entry (5 in a block scaled by 1/100).</summary>
    public const int Decimals = 3;

    private static readonly ParameterPointKind[] AllKinds = [ParameterPointKind.Gaussian, ParameterPointKind.NearIdentity, ParameterPointKind.ZeroBlocks, ParameterPointKind.ZeroReadout];

    /// <summary>θ_p = z/√Cols(B), z ~ N(0, 1) clipped to ±4, rounded to <see cref="Decimals"/> decimals, for every block B of the layout.</summary>
    public static Gen<double[]> Gaussian(ParameterLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Draw.Normals(layout.Count).Select(z =>
        {
            var theta = new double[layout.Count];
            foreach (var block in layout.Blocks)
            {
                double scale = 1 / Math.Sqrt(block.Cols);
                for (int k = 0; k < block.Length; k++)
                {
                    theta[block.Offset + k] = Draw.Round(z[block.Offset + k] * scale, Decimals);
                }
            }
            return theta;
        });
    }

    /// <summary>θ for this model, of a kind drawn among <paramref name="kinds"/> (default all four).</summary>
    public static Gen<Described<double[]>> For(IModel model, IReadOnlyList<ParameterPointKind>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var choices = kinds is null ? AllKinds : kinds.Count > 0 ? kinds.ToArray() : throw new ArgumentException("kinds is empty: give at least one", nameof(kinds));
        return Gen.Sized(size =>
            from kind in Gen.Elements(choices)
            from theta in Of(model, kind)
            select new Described<double[]>(theta, new Descriptor("ParameterPoints", size, ("kind", kind.ToString()), ("P", theta.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
    }

    /// <summary>θ of exactly this kind for this model.</summary>
    public static Gen<double[]> Of(IModel model, ParameterPointKind kind)
    {
        ArgumentNullException.ThrowIfNull(model);
        var layout = model.Graph.Layout;
        var branches = ResidualOutputBlocks(model);
        return kind switch
        {
            ParameterPointKind.NearIdentity => Gaussian(layout).Select(theta => Scaled(theta, branches, 0.01)),
            ParameterPointKind.ZeroBlocks =>
                from theta in Gaussian(layout)
                from mask in Gen.Choose(1, (1 << branches.Count) - 1)
                select Scaled(theta, branches.Where((_, b) => (mask & (1 << b)) != 0).ToList(), 0),
            ParameterPointKind.ZeroReadout => Gaussian(layout).Select(theta => Scaled(theta, [Readout(model)], 0)),
            _ => Gaussian(layout),
        };
    }

    /// <summary>The residual output blocks: V1..VL (deep ResNet), V (single block), a (one hidden layer).</summary>
    public static IReadOnlyList<ParameterBlock> ResidualOutputBlocks(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model switch
        {
            DeepResNet deep => Enumerable.Range(1, deep.Depth).Select(deep.V).ToList(),
            SingleBlockResNet single => [single.V],
            _ => [model.Graph.Layout["a"]],
        };
    }

    /// <summary>The readout block: w (ResNets) or a (one hidden layer).</summary>
    public static ParameterBlock Readout(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Graph.Layout.TryGet("w", out var w) ? w! : model.Graph.Layout["a"];
    }

    private static double[] Scaled(double[] theta, IReadOnlyList<ParameterBlock> blocks, double factor)
    {
        var result = theta.ToArray();
        foreach (var block in blocks)
        {
            for (int k = 0; k < block.Length; k++)
            {
                result[block.Offset + k] = Draw.Round(result[block.Offset + k] * factor, Decimals + 2);
            }
        }
        return result;
    }
}
