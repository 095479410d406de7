using FsCheck.Fluent;
using FsCheck;
using ResNetProofs.Numerics.Models;

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

    /// <summary>Unit CNN teachers (‖w*‖ = 1, ‖a*‖ ∈ [0.5, 2]) on both sides of the local-minimum condition, shrinking k, then p.</summary>
    public static Arbitrary<Described<CnnTeacher>> CnnTeachers(ShortcutForm form, int insideWeight = 1, int outsideWeight = 1) =>
        Arb.From(Generators.CnnTeachers.Unit(form, insideWeight: insideWeight, outsideWeight: outsideWeight), Generators.CnnTeachers.Shrink);

    /// <summary>Shortcut-CNN starts w₀ = 0, ‖a₀‖ ≤ 1 (sign of 1ᵀa* fixed to ±1, or either when null), shrinking k, then p.</summary>
    public static Arbitrary<Described<CnnRunCase>> ZeroFilterStarts(ShortcutForm form = ShortcutForm.AveragePooledPreActivation, int? readoutSumSign = null) =>
        Arb.From(CnnRuns.FromZeroFilter(form, readoutSumSign: readoutSumSign), CnnRuns.Shrink);

    /// <summary>Seeded samples of 3..<paramref name="maxRuns"/> random plain-CNN starts (inside the condition 6 : 1 outside), shrinking the run count, then k, then p.</summary>
    public static Arbitrary<Described<CnnRunSample>> PlainCnnSamples(int maxRuns = 10, int insideWeight = 6) =>
        Arb.From(CnnRuns.PlainSamples(maxRuns, insideWeight), CnnRuns.Shrink);

    /// <summary>Small seeded wide-ResNet problems (m/n ∈ {1/2, 1, 2, 4} by default), shrinking H, d, n, m.</summary>
    public static Arbitrary<Described<WideResidualCase>> WideResidualProblems(int maxSamples = 8, int maxDepth = 3, IReadOnlyList<double>? ratios = null) =>
        Arb.From(WideResidualCases.Problems(maxSamples, maxDepth, ratios), WideResidualCases.Shrink);

    /// <summary>Width-one problems with n = <paramref name="samples"/>, shrinking H and d.</summary>
    public static Arbitrary<Described<WideResidualCase>> WidthOneProblems(int samples = 20, int maxDepth = 4) =>
        Arb.From(WideResidualCases.WidthOne(samples, maxDepth), WideResidualCases.Shrink);
}
