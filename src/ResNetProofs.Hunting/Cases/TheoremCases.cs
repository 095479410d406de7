using FsCheck.Fluent;
using ResNetProofs.Generators;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Hunting.Cases;

/// <summary>
/// The case source of every instance-based theorem: the same generators serve the property suite (in CI, small counts,
/// fixed seeds) and the hunter (for hours). Each source aims at its theorem's hypotheses: the model kind and biases the
/// statement needs, smooth activations where second-order facts are used, and losses whose refinements tend to converge.
/// </summary>
public static class TheoremCases
{
    private static readonly IReadOnlyList<string> ConvergingLosses = ["squared-mean", "squared-half", "log-cosh"];
    private static readonly IReadOnlyList<int> TowardsMinima = [20, 200];
    private static readonly IReadOnlyList<int> NearestCritical = [0];

    /// <summary>Every source, by theorem id.</summary>
    public static IReadOnlyDictionary<string, CaseSource> All { get; } = Build().ToDictionary(s => s.TheoremId, StringComparer.Ordinal);

    /// <summary>The source of <paramref name="theoremId"/>, or null when the theorem is not judged on generated instances.</summary>
    public static CaseSource? For(string theoremId) => All.GetValueOrDefault(theoremId);

    private static IEnumerable<CaseSource> Build()
    {
        var smooth = new InstanceOptions { Losses = ConvergingLosses };
        var logistic = new InstanceOptions { Losses = ["logistic"] };

        yield return new("shamir2018.first-order-certificate", "single blocks at drawn θ, every loss", Instances.SingleBlock(), null);
        yield return new("planted.first-order-certificate-without-block-term", "single blocks at drawn θ, every loss", Instances.SingleBlock(), null);
        yield return new("shamir2018.approximate-stationarity", "single blocks without output bias at drawn θ", From(Architectures.SingleBlock(), noOutputBias: true), null);
        yield return new("shamir2018.sgd-tweak", "single blocks, logistic loss, the data as the online sequence", Instances.SingleBlock(logistic), null);
        yield return new("shamir2018.local-minima", "single blocks with smooth activations, refined after descent (towards minima)",
            From(Architectures.SingleBlock(activations: [ActivationKind.Tanh, ActivationKind.Softplus]), options: smooth), TowardsMinima);
        yield return new("yun2019.single-block", "single blocks, refined critical points of every index", Instances.SingleBlock(smooth), [0, 20, 200]);
        yield return new("yun2019.deep-critical-points", "deep ResNets without output bias, Σ_{l≥2} m_l < d, smooth, refined",
            From(Architectures.DeepResNet(parameterCoverage: true, activations: [ActivationKind.Tanh, ActivationKind.Softplus]), noOutputBias: true, options: smooth), [0, 20, 200]);
        yield return new("yun2019.deep-critical-points.unconditioned", "deep ResNets without output bias, Σ_{l≥2} m_l ≥ d, smooth, refined",
            From(Architectures.DeepResNet(parameterCoverage: false, activations: [ActivationKind.Tanh, ActivationKind.Softplus]), noOutputBias: true, options: smooth), [0, 20, 200]);
        yield return new("planted.every-critical-point-beats-linear", "deep ResNets without output bias, nearest critical points (mostly saddles)",
            From(Architectures.DeepResNet(parameterCoverage: true, activations: [ActivationKind.Tanh]), noOutputBias: true, options: smooth), NearestCritical);
        yield return new("planted.fully-connected-local-minima-beat-linear", "one-hidden-layer smooth networks, refined after descent (towards minima)",
            Instances.OneHiddenLayer(smooth: true, smooth), TowardsMinima);
        yield return new("yun2019.near-identity", "deep ResNets without output bias at drawn θ", From(Architectures.DeepResNet(parameterCoverage: true), noOutputBias: true), null);
        yield return new("yun2019.near-identity.critical-bound", "deep ResNets without any bias (φ(0) = 0), tanh, near-identity starts, refined",
            From(Architectures.DeepResNet(parameterCoverage: true, activations: [ActivationKind.Tanh]), noOutputBias: true, noInnerBias: true,
                options: smooth with { ParameterKinds = [ParameterPointKind.NearIdentity, ParameterPointKind.Gaussian] }), [20, 200]);
        yield return new("yun2019.rademacher", "the inputs of drawn instances (the class is fixed by L)", Instances.DeepResNet(parameterCoverage: true), null);
        yield return new("planted.rademacher-half-constant", "the inputs of drawn instances (the class is fixed by L)", Instances.DeepResNet(parameterCoverage: true), null);
    }

    /// <summary>Instances on drawn architectures with the output bias and/or inner biases forced off (the descriptor records it).</summary>
    private static FsCheck.Gen<InstanceCase> From(FsCheck.Gen<Described<ArchitectureSpec>> architectures, bool noOutputBias = false, bool noInnerBias = false, InstanceOptions? options = null)
    {
        var forced = architectures.Select(a => new Described<ArchitectureSpec>(
            a.Value with { OutputBias = a.Value.OutputBias && !noOutputBias, InnerBias = a.Value.InnerBias && !noInnerBias },
            a.Descriptor.With("forced", $"{(noOutputBias ? "no output bias " : "")}{(noInnerBias ? "no inner bias" : "")}".Trim())));
        return Instances.From(forced, options);
    }
}
