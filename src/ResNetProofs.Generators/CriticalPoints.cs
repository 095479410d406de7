using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Generators;

/// <summary>
/// Critical points by <see cref="NewtonRefinement"/> from generated instances, after a drawn number of gradient-descent
/// steps (so minima are found as well as saddles). Failed refinements are returned, not filtered out.
/// </summary>
public static class CriticalPoints
{
    /// <summary>The descent-step counts drawn by default: 0 (nearest critical point, mostly saddles), 20 and 200 (towards minima).</summary>
    public static IReadOnlyList<int> DefaultDescentSteps { get; } = [0, 20, 200];

    /// <summary>Default refinement options: <see cref="NewtonRefinementOptions.Default"/> with at most 100 Newton iterations (keeps a case in milliseconds).</summary>
    public static NewtonRefinementOptions DefaultOptions { get; } = NewtonRefinementOptions.Default with { MaxIterations = 100 };

    /// <summary>Refines each instance from <paramref name="instances"/> after a descent-step count drawn from <paramref name="descentSteps"/>.</summary>
    public static Gen<CriticalPointCase> From(Gen<InstanceCase> instances, IReadOnlyList<int>? descentSteps = null, NewtonRefinementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instances);
        var steps = (descentSteps ?? DefaultDescentSteps).ToArray();
        if (steps.Length == 0 || steps.Any(s => s < 0))
        {
            throw new ArgumentException("descentSteps must be non-empty, each ≥ 0", nameof(descentSteps));
        }
        var o = options ?? DefaultOptions;
        return from start in instances
               from k in Gen.Elements(steps)
               select Refine(start, k, o);
    }

    /// <summary>Deep-ResNet critical points aimed at (true) or away from (false) parameter coverage.</summary>
    public static Gen<CriticalPointCase> DeepResNet(bool parameterCoverage, InstanceOptions? options = null, IReadOnlyList<int>? descentSteps = null) =>
        From(Instances.DeepResNet(parameterCoverage, options), descentSteps);

    /// <summary>Single-block critical points.</summary>
    public static Gen<CriticalPointCase> SingleBlock(InstanceOptions? options = null, IReadOnlyList<int>? descentSteps = null) =>
        From(Instances.SingleBlock(options), descentSteps);

    /// <summary>One-hidden-layer critical points (smooth activation by default).</summary>
    public static Gen<CriticalPointCase> OneHiddenLayer(bool smooth = true, InstanceOptions? options = null, IReadOnlyList<int>? descentSteps = null) =>
        From(Instances.OneHiddenLayer(smooth, options), descentSteps);

    /// <summary>Refines the start's θ on its empirical risk after <paramref name="descentSteps"/> descent steps; never throws for non-convergence.</summary>
    public static CriticalPointCase Refine(InstanceCase start, int descentSteps, NewtonRefinementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentOutOfRangeException.ThrowIfNegative(descentSteps);
        var o = (options ?? DefaultOptions) with { DescentSteps = descentSteps };
        var s = start.Instance;
        var result = NewtonRefinement.Refine(s.CreateRisk(), s.Parameters, o);
        var theta = result.Theta.ToArray();
        if (!theta.All(double.IsFinite))
        {
            theta = s.Parameters.ToArray();
        }
        var descriptor = new Descriptor("CriticalPoints", start.Descriptor.Size,
                ("descentSteps", descentSteps.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("stop", result.StopReason.ToString()))
            .WithParts(start.Descriptor);
        var refined = new Instance(s.Name + "-refined", descriptor.ToString(), s.Source, s.Data, s.Model, s.Loss, theta);
        return new CriticalPointCase(start, descentSteps, o, result, refined, descriptor);
    }

    /// <summary>
    /// Shrink candidates of a critical-point case: each shrinks the start instance (<see cref="InstanceShrinker.Shrink"/>) and
    /// refines it again with the same descent steps and options, so a shrunk case is a real refinement of the shrunk instance.
    /// </summary>
    public static IEnumerable<CriticalPointCase> Shrink(CriticalPointCase value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return InstanceShrinker.Shrink(value.Start).Select(s => Refine(s, value.DescentSteps, value.Options));
    }
}
