using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Generators;

/// <summary>A generated <see cref="Instance"/> with the shape it was built from, its degenerate case and its descriptor.</summary>
/// <param name="Instance">The instance (data, model, loss, θ); its Description holds the descriptor text.</param>
/// <param name="Architecture">The model's shape (kept by shrinkers, with its purpose).</param>
/// <param name="Degenerate">The dataset's degenerate case when generated (a shrunk case keeps the label; the property may no longer hold).</param>
/// <param name="Descriptor">Generator name, parameters, size and parts; shrink steps are appended as "shrink" parameters.</param>
public sealed record InstanceCase(Instance Instance, ArchitectureSpec Architecture, DegenerateCase Degenerate, Descriptor Descriptor)
{
    /// <summary>n, d, L, widths, projections, inner depth and decimals of this case.</summary>
    public CaseSize Size => new(
        Instance.Data.Count,
        Instance.Data.Dimension,
        Architecture.Depth,
        Architecture.Widths.Sum(),
        Architecture.ProjectionSum,
        Architecture.InnerDepth,
        MaxDecimals(Instance));

    /// <summary>"n=…, spec, loss ← descriptor".</summary>
    public override string ToString() => $"n={Instance.Data.Count}, {Architecture}, loss={Instance.Loss.Name} ← {Descriptor}";

    internal static int MaxDecimals(Instance instance)
    {
        int e = 0;
        foreach (double v in instance.Data.Inputs)
        {
            e = Math.Max(e, Draw.Decimals(v));
        }
        foreach (double v in instance.Data.Targets)
        {
            e = Math.Max(e, Draw.Decimals(v));
        }
        foreach (double v in instance.Parameters)
        {
            e = Math.Max(e, Draw.Decimals(v));
        }
        return e;
    }
}
