using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// The evidence of a Rademacher-complexity statement about F_L on a sample S = (x_i): the data, the ascent's settings
/// (L, width, K, restarts, steps, seed) and the confidence level α; the lower estimate is computed on first use and cached.
/// Hoeffding: each Z_σ ∈ [0, B], so with probability ≥ 1 − α over σ, R̂_S ≥ mean − B·√(ln(1/α)/(2K)).
/// </summary>
public sealed class RademacherEvidence
{
    /// <summary>Default α = 1e−3: a reported Counterexample is wrong with probability at most 1/1000 over the sign draws.</summary>
    public const double DefaultAlpha = 1e-3;

    /// <summary>Default L when the instance has no deep ResNet to take it from: 2 (the smallest depth with a composed block).</summary>
    public const int DefaultDepth = 2;

    private readonly Lazy<RademacherAscentResult> _result;
    private readonly Lazy<LinearMemberBoundResult> _linear;

    /// <summary>Evidence on <paramref name="data"/> with the given settings; α ∈ (0, 1).</summary>
    public RademacherEvidence(Dataset data, RademacherAscentOptions options, double alpha = DefaultAlpha)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, $"alpha is {alpha}: it must lie in (0, 1)");
        }
        Data = data;
        Options = options;
        Alpha = alpha;
        _result = new(() => RademacherAscent.Estimate(data, options));
        _linear = new(() => LinearMemberBound.Compute(data));
    }

    /// <summary>The evidence for an instance: its inputs, L from its deep ResNet (else <see cref="DefaultDepth"/>), other settings default.</summary>
    public static RademacherEvidence For(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        int depth = instance.Model is DeepResNet deep ? deep.Depth : DefaultDepth;
        return new RademacherEvidence(instance.Data, RademacherAscentOptions.Default with { Depth = depth });
    }

    /// <summary>The sample S (targets unused).</summary>
    public Dataset Data { get; }

    /// <summary>The ascent's settings.</summary>
    public RademacherAscentOptions Options { get; }

    /// <summary>α, the probability over σ that the Hoeffding lower bound is wrong.</summary>
    public double Alpha { get; }

    /// <summary>The ascent's outcome (computed once).</summary>
    public RademacherAscentResult Result => _result.Value;

    /// <summary>The certified lower bound on R̂_S(F_L) from its unit-norm linear members (computed once).</summary>
    public LinearMemberBoundResult LinearMembers => _linear.Value;

    /// <summary>B·√(ln(1/α)/(2K)), Hoeffding's one-sided term for K draws of a variable in [0, B].</summary>
    public double HoeffdingTerm => Result.RangeBound * Math.Sqrt(Math.Log(1 / Alpha) / (2.0 * Options.SignVectors));

    /// <summary>mean − Hoeffding term: a lower bound on R̂_S(F_L) with confidence 1 − α.</summary>
    public double ConfidentLowerBound => Result.Mean - HoeffdingTerm;
}
