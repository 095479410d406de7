using FsCheck;
using FsCheck.Fluent;

namespace ResNetProofs.Generators;

/// <summary>Arbitraries (generator + shrinker) per purpose, for <c>Prop.ForAll</c>.</summary>
public static class Arbitraries
{
    /// <summary>Any instance generator with <see cref="InstanceShrinker.Shrink"/>.</summary>
    public static Arbitrary<InstanceCase> Instances(Gen<InstanceCase> generator) => Arb.From(generator, InstanceShrinker.Shrink);

    /// <summary>Deep-ResNet instances aimed at (true) or away from (false) parameter coverage; shrinking keeps the aim.</summary>
    public static Arbitrary<InstanceCase> DeepResNetInstances(bool parameterCoverage, InstanceOptions? options = null) =>
        Instances(Generators.Instances.DeepResNet(parameterCoverage, options));

    /// <summary>Single-block instances, shrinking.</summary>
    public static Arbitrary<InstanceCase> SingleBlockInstances(InstanceOptions? options = null) =>
        Instances(Generators.Instances.SingleBlock(options));

    /// <summary>One-hidden-layer instances (smooth by default), shrinking.</summary>
    public static Arbitrary<InstanceCase> OneHiddenLayerInstances(bool smooth = true, InstanceOptions? options = null) =>
        Instances(Generators.Instances.OneHiddenLayer(smooth, options));

    /// <summary>Any critical-point generator with <see cref="CriticalPoints.Shrink"/> (shrink the start, refine again).</summary>
    public static Arbitrary<CriticalPointCase> CriticalPoints(Gen<CriticalPointCase> generator) => Arb.From(generator, Generators.CriticalPoints.Shrink);

    /// <summary>Deep-ResNet critical points aimed at (true) or away from (false) parameter coverage, re-refined when shrunk.</summary>
    public static Arbitrary<CriticalPointCase> DeepResNetCriticalPoints(bool parameterCoverage, InstanceOptions? options = null, IReadOnlyList<int>? descentSteps = null) =>
        CriticalPoints(Generators.CriticalPoints.DeepResNet(parameterCoverage, options, descentSteps));

    /// <summary>Single-block critical points, re-refined when shrunk.</summary>
    public static Arbitrary<CriticalPointCase> SingleBlockCriticalPoints(InstanceOptions? options = null, IReadOnlyList<int>? descentSteps = null) =>
        CriticalPoints(Generators.CriticalPoints.SingleBlock(options, descentSteps));

    /// <summary>One-hidden-layer critical points (smooth by default), re-refined when shrunk.</summary>
    public static Arbitrary<CriticalPointCase> OneHiddenLayerCriticalPoints(bool smooth = true, InstanceOptions? options = null, IReadOnlyList<int>? descentSteps = null) =>
        CriticalPoints(Generators.CriticalPoints.OneHiddenLayer(smooth, options, descentSteps));
}
