using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Generators;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Cases;

/// <summary>
/// The case source of every instance-based theorem: the same generators serve the property suite (in CI, small counts,
/// fixed seeds) and the hunter (for hours). Each source aims at its theorem's hypotheses: the model kind and biases the
/// statement needs, smooth activations where second-order facts are used, and losses whose refinements tend to converge.
/// Sources judged at critical points are tuned so that most cases are decided (see docs/property-suite.md):
/// few parameters against many samples where a minimum must be isolated, descent before Newton where minima are wanted.
/// </summary>
public static class TheoremCases
{
    private static readonly IReadOnlyList<string> ConvergingLosses = ["squared-mean", "squared-half", "log-cosh"];
    private static readonly IReadOnlyList<int> TowardsMinima = [20, 200];
    private static readonly IReadOnlyList<int> NearestCritical = [0];

    /// <summary>
    /// Small single blocks against many samples (d ≤ 2, k ≤ 2, one hidden layer, 15 ≤ n ≤ 30): P ≤ 13 &lt; n, so
    /// minima are isolated modulo the symmetries instead of zero-risk manifolds whose Hessian is singular (Inconclusive). No
    /// degenerate datasets here (zero targets and duplicates give exactly such manifolds); the sources at any θ keep them.
    /// </summary>
    private static readonly GeneratorLimits FewParameters = new() { MaxDimension = 2, MaxWidth = 2, MaxInnerDepth = 1, MinSamples = 15, MaxSamples = 30, DegenerateOneIn = 0 };

    /// <summary>Newton settings for critical-point sources: the default with 300 iterations (degenerate saddles converge only linearly).</summary>
    private static readonly NewtonRefinementOptions Patient = CriticalPoints.DefaultOptions with { MaxIterations = 300 };

    /// <summary>Every source, by theorem id.</summary>
    public static IReadOnlyDictionary<string, CaseSource> All { get; } = Build().ToDictionary(s => s.TheoremId, StringComparer.Ordinal);

    /// <summary>The source of <paramref name="theoremId"/>, or null when the theorem is not judged on generated instances.</summary>
    public static CaseSource? For(string theoremId) => All.GetValueOrDefault(theoremId);

    /// <summary>The sources of the theorems judged on their own evidence (Liu, Gulcu and their planted statements), by theorem id.</summary>
    public static IReadOnlyDictionary<string, EvidenceCaseSource> Evidence => EvidenceCases.All;

    /// <summary>The evidence source of <paramref name="theoremId"/>, or null when the theorem is judged on instances (or not hunted).</summary>
    public static EvidenceCaseSource? EvidenceFor(string theoremId) => Evidence.GetValueOrDefault(theoremId);

    /// <summary>True when <paramref name="theoremId"/> has a case source of either kind (instance or evidence), so a hunt can attack it.</summary>
    public static bool Hunts(string theoremId) => For(theoremId) is not null || EvidenceFor(theoremId) is not null;

    private static IEnumerable<CaseSource> Build()
    {
        var smooth = new InstanceOptions { Losses = ConvergingLosses };
        var logistic = new InstanceOptions { Losses = ["logistic"] };
        var fewParameters = smooth with { Limits = FewParameters, ParameterKinds = [ParameterPointKind.Gaussian, ParameterPointKind.NearIdentity] };

        yield return new("shamir2018.first-order-certificate", "single blocks at drawn θ, every loss", Instances.SingleBlock(), null);
        yield return new("planted.first-order-certificate-without-block-term", "single blocks at drawn θ, every loss", Instances.SingleBlock(), null);
        yield return new("shamir2018.approximate-stationarity", "single blocks without output bias at drawn θ", From(Architectures.SingleBlock(), noOutputBias: true), null);
        yield return new("shamir2018.sgd-tweak", "single blocks, logistic loss, the data as the online sequence", Instances.SingleBlock(logistic), null);
        yield return new("shamir2018.local-minima", "small smooth single blocks (d ≤ 2, k ≤ 2) on 15 to 30 non-degenerate samples at size ≥ 60, Gaussian or near-identity starts, refined after 200 descent steps (towards isolated minima)",
            Large(From(Architectures.SingleBlock(FewParameters, [ActivationKind.Tanh, ActivationKind.Softplus]), options: fewParameters)), [200], Patient);
        yield return new("yun2019.single-block", "small single blocks (d ≤ 2, k ≤ 2) on 15 to 30 non-degenerate samples at size ≥ 60, Gaussian or near-identity starts, critical points after 20/200 descent steps",
            Large(Instances.SingleBlock(fewParameters)), TowardsMinima, Patient);
        yield return new("yun2019.deep-critical-points", "deep ResNets without output bias, Σ_{l≥2} m_l < d, smooth, refined",
            From(Architectures.DeepResNet(parameterCoverage: true, activations: [ActivationKind.Tanh, ActivationKind.Softplus]), noOutputBias: true, options: smooth), [0, 20, 200], Patient);
        yield return new("yun2019.deep-critical-points.unconditioned", "deep ResNets without output bias, Σ_{l≥2} m_l ≥ d, smooth, refined",
            From(Architectures.DeepResNet(parameterCoverage: false, activations: [ActivationKind.Tanh, ActivationKind.Softplus]), noOutputBias: true, options: smooth), [0, 20, 200], Patient);
        yield return new("planted.every-critical-point-beats-linear", "deep ResNets without output bias, nearest critical points (mostly saddles)",
            From(Architectures.DeepResNet(parameterCoverage: true, activations: [ActivationKind.Tanh]), noOutputBias: true, options: smooth), NearestCritical);
        yield return new("planted.fully-connected-local-minima-beat-linear",
            "the known refuting family: one tanh unit without biases, f = a·tanh(u x), on 1-D positive inputs (|x|) with squared loss, saturated starts (u ×3..8), refined after 0 or 20 descent steps (Newton then stays in the saturated basin)",
            Saturated(From(OneTanhUnit(), options: new InstanceOptions { Losses = ["squared-mean"], ParameterKinds = [ParameterPointKind.Gaussian] })), [0, 20], Patient);
        yield return new("yun2019.near-identity", "deep ResNets without output bias at drawn θ", From(Architectures.DeepResNet(parameterCoverage: true), noOutputBias: true), null);
        yield return new("yun2019.near-identity.critical-bound", "deep ResNets without any bias (φ(0) = 0), tanh, near-identity starts, refined",
            From(Architectures.DeepResNet(parameterCoverage: true, activations: [ActivationKind.Tanh]), noOutputBias: true, noInnerBias: true,
                options: smooth with { ParameterKinds = [ParameterPointKind.NearIdentity, ParameterPointKind.Gaussian] }), [20, 200], Patient);
        yield return new("yun2019.rademacher", "the inputs of drawn instances (the class is fixed by L)", Instances.DeepResNet(parameterCoverage: true), null);
        yield return new("planted.rademacher-half-constant", "the inputs of drawn instances (the class is fixed by L)", Instances.DeepResNet(parameterCoverage: true), null);
    }

    /// <summary>Instances on drawn architectures with the output bias and/or inner biases forced off (the descriptor records it).</summary>
    private static Gen<InstanceCase> From(Gen<Described<ArchitectureSpec>> architectures, bool noOutputBias = false, bool noInnerBias = false, InstanceOptions? options = null)
    {
        var forced = architectures.Select(a => new Described<ArchitectureSpec>(
            a.Value with { OutputBias = a.Value.OutputBias && !noOutputBias, InnerBias = a.Value.InnerBias && !noInnerBias },
            a.Descriptor.With("forced", $"{(noOutputBias ? "no output bias " : "")}{(noInnerBias ? "no inner bias" : "")}".Trim())));
        return Instances.From(forced, options);
    }

    /// <summary>The generator run at FsCheck size 60 + 0.4·size (so 60..100): large samples from the first case on.</summary>
    private static Gen<InstanceCase> Large(Gen<InstanceCase> instances) => instances.ScaleSize(size => 60 + (Math.Clamp(size, 0, 100) * 2 / 5));

    /// <summary>
    /// Starts in the saturated regime: the hidden weights U of a one-hidden-layer instance multiplied by a drawn factor 3..8
    /// (recorded in the descriptor), where the spurious minima of a·tanh(u x) sit (u ≈ 5.4 in ConstructedInstances).
    /// </summary>
    private static Gen<InstanceCase> Saturated(Gen<InstanceCase> instances) =>
        from start in instances
        from factor in Gen.Choose(3, 8)
        select Scaled(PositiveInputs(start), "U", factor);

    /// <summary>The start with every input replaced by its absolute value (recorded in the descriptor).</summary>
    private static InstanceCase PositiveInputs(InstanceCase start)
    {
        var old = start.Instance;
        var rows = old.Data.Rows().Select(r => (IReadOnlyList<double>)r.Select(Math.Abs).ToArray()).ToList();
        var descriptor = start.Descriptor.With("inputs", "|x|");
        var data = Numerics.Data.Dataset.Create(rows, old.Data.Targets.ToArray());
        return start with { Instance = new Numerics.Instances.Instance(old.Name, descriptor.ToString(), old.Source, data, old.Model, old.Loss, old.Parameters.ToArray()), Descriptor = descriptor };
    }

    private static InstanceCase Scaled(InstanceCase start, string block, int factor)
    {
        var old = start.Instance;
        var theta = old.Parameters.ToArray();
        var span = old.Model.Graph.Layout[block].Slice(theta.AsSpan());
        for (int k = 0; k < span.Length; k++)
        {
            span[k] *= factor;
        }
        var descriptor = start.Descriptor.With("start", $"{block} ×{factor}");
        return start with { Instance = new Numerics.Instances.Instance(old.Name, descriptor.ToString(), old.Source, old.Data, old.Model, old.Loss, theta), Descriptor = descriptor };
    }

    /// <summary>f = a·tanh(u x) on d = 1, no biases (purpose Smooth): the family of the spurious minimum in ConstructedInstances.</summary>
    private static Gen<Described<ArchitectureSpec>> OneTanhUnit()
    {
        var spec = new ArchitectureSpec(ArchitectureKind.OneHiddenLayer, 1, [1], [], 1, ActivationKind.Tanh, InnerBias: false, OutputBias: false, ArchitecturePurpose.Smooth);
        return Gen.Sized(size => Gen.Constant(new Described<ArchitectureSpec>(spec, new Descriptor("TheoremCases.OneTanhUnit", size, ("spec", spec.ToString())))));
    }
}
