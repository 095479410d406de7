using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;

namespace ResNetProofs.Generators;

/// <summary>
/// Instances composed from an architecture, a loss drawn by name, a dataset with targets that suit the loss, and a
/// parameter point. For a <see cref="DegenerateCase.ReluKink"/> dataset the first hidden bias is set to 0, so the zero
/// row puts every first-layer pre-activation exactly on the kink.
/// </summary>
public static class Instances
{
    /// <summary>The Source field of every generated instance.</summary>
    public const string Source = "ResNetProofs.Generators";

    /// <summary>Instances on architectures from <paramref name="architectures"/>, with the options' losses, parameter kinds and limits.</summary>
    public static Gen<InstanceCase> From(Gen<Described<ArchitectureSpec>> architectures, InstanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(architectures);
        var o = options ?? InstanceOptions.Default;
        o.Limits.Validate();
        var losses = Losses.Named(o.Losses);
        return Gen.Sized(size =>
            from arch in architectures
            from loss in losses
            from targets in Gen.Elements(TargetKindsFor(loss, o))
            from data in DatasetsFor(arch.Value.InputDimension, targets, o)
            let model = arch.Value.Build()
            from point in ParameterPoints.For(model, o.ParameterKinds)
            select Compose(arch, loss, data, point, size));
    }

    /// <summary>Deep-ResNet instances aimed at (true) or away from (false) parameter coverage, Σ_{l≥2} m_l &lt; d.</summary>
    public static Gen<InstanceCase> DeepResNet(bool parameterCoverage, InstanceOptions? options = null) =>
        From(Architectures.DeepResNet(parameterCoverage, (options ?? InstanceOptions.Default).Limits), options);

    /// <summary>Single-block instances (any activation).</summary>
    public static Gen<InstanceCase> SingleBlock(InstanceOptions? options = null) =>
        From(Architectures.SingleBlock((options ?? InstanceOptions.Default).Limits), options);

    /// <summary>One-hidden-layer instances (smooth activation by default).</summary>
    public static Gen<InstanceCase> OneHiddenLayer(bool smooth = true, InstanceOptions? options = null) =>
        From(Architectures.OneHiddenLayer(smooth, (options ?? InstanceOptions.Default).Limits), options);

    // The loss's target kinds, narrowed to the options' choice when that leaves any (e.g. ±1 labels stay for the logistic loss).
    private static TargetKind[] TargetKindsFor(ILoss loss, InstanceOptions o)
    {
        var allowed = Losses.TargetKindsFor(loss);
        var chosen = o.TargetKinds is null ? allowed : allowed.Where(o.TargetKinds.Contains).ToList();
        return [.. chosen.Count > 0 ? chosen : allowed];
    }

    private static Gen<DatasetCase> DatasetsFor(int d, TargetKind targets, InstanceOptions o) =>
        o.ForcedDegenerate is { } forced
            ? Datasets.Degenerate(d, targets, forced == DegenerateCase.None || Datasets.Applicable(d).Contains(forced) ? forced : DegenerateCase.None, o.Limits)
            : Datasets.For(d, targets, o.Limits);

    private static InstanceCase Compose(Described<ArchitectureSpec> arch, ILoss loss, DatasetCase data, Described<double[]> point, int size)
    {
        var spec = arch.Value;
        var model = spec.Build();
        var theta = point.Value.ToArray();
        if (data.Degenerate == DegenerateCase.ReluKink && spec.FirstHiddenBiasBlock is { } biasName)
        {
            model.Graph.Layout[biasName].Slice(theta.AsSpan()).Clear();
        }
        var descriptor = new Descriptor("Instances", size, ("loss", loss.Name)).WithParts(arch.Descriptor, data.Descriptor, point.Descriptor);
        var instance = new Instance("generated", descriptor.ToString(), Source, data.Data, model, loss, theta);
        return new InstanceCase(instance, spec, data.Degenerate, descriptor);
    }
}
