using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Generators;

/// <summary>
/// Size-aware generators of <see cref="ArchitectureSpec"/>s, constrained per purpose; every bound comes from
/// <see cref="GeneratorLimits"/> scaled by the FsCheck size.
/// </summary>
public static class Architectures
{
    private static readonly ActivationKind[] AllActivations = [ActivationKind.Relu, ActivationKind.Softplus, ActivationKind.Tanh];
    private static readonly ActivationKind[] SmoothActivations = [ActivationKind.Softplus, ActivationKind.Tanh];

    /// <summary>
    /// Deep ResNets. parameterCoverage true: d ∈ [2, MaxDimension], L ∈ [1, min(d, MaxBlocks)], Σ_{l≥2} m_l ≤ d − 1.
    /// false: d ∈ [1, MaxDimension], L ∈ [2, MaxBlocks], m_l ∈ [1, MaxWidth] raised so that Σ_{l≥2} m_l ≥ d.
    /// n_l ∈ [1, MaxWidth], inner depth ∈ [1, MaxInnerDepth], activation among <paramref name="activations"/> (default relu, softplus, tanh).
    /// </summary>
    public static Gen<Described<ArchitectureSpec>> DeepResNet(bool parameterCoverage, GeneratorLimits? limits = null, IReadOnlyList<ActivationKind>? activations = null)
    {
        var lim = Checked(limits);
        var acts = CheckedActivations(activations);
        return Gen.Sized(size =>
        {
            int maxD = Draw.Scaled(size, 2, lim.MaxDimension);
            int maxL = Draw.Scaled(size, 2, lim.MaxBlocks);
            int maxW = Draw.Scaled(size, 1, lim.MaxWidth);
            Gen<(int D, ImmutableList<int> M)> shape = parameterCoverage
                ? from d in Gen.Choose(2, maxD)
                  from l in Gen.Choose(1, Math.Min(d, maxL))
                  from m in BudgetedWidths(l - 1, d - 1, maxW)
                  select (d, m)
                : from d in Gen.Choose(1, maxD)
                  from l in Gen.Choose(2, maxL)
                  from raw in Gen.Choose(1, maxW).ArrayOf(l - 1)
                  select (d, RaiseToCover(raw, d));
            return from s in shape
                   from n in Gen.Choose(1, maxW).ArrayOf(s.M.Count + 1)
                   from depth in Gen.Choose(1, Draw.Scaled(size, 1, lim.MaxInnerDepth))
                   from act in Gen.Elements(acts)
                   from innerBias in Gen.Elements(false, true)
                   from outputBias in Gen.Elements(false, true)
                   let spec = new ArchitectureSpec(ArchitectureKind.DeepResNet, s.D, n, s.M, depth, act, innerBias, outputBias,
                       parameterCoverage ? ArchitecturePurpose.ParameterCoverage : ArchitecturePurpose.NoParameterCoverage)
                   select new Described<ArchitectureSpec>(spec, new Descriptor("Architectures.DeepResNet", size, ("parameterCoverage", parameterCoverage ? "true" : "false"), ("spec", spec.ToString())));
        });
    }

    /// <summary>Shamir's single block: d ∈ [1, MaxDimension], k ∈ [1, MaxWidth], inner depth ∈ [1, MaxInnerDepth], activation among <paramref name="activations"/>.</summary>
    public static Gen<Described<ArchitectureSpec>> SingleBlock(GeneratorLimits? limits = null, IReadOnlyList<ActivationKind>? activations = null)
    {
        var lim = Checked(limits);
        var acts = CheckedActivations(activations);
        return Gen.Sized(size =>
            from d in Gen.Choose(1, Draw.Scaled(size, 2, lim.MaxDimension))
            from k in Gen.Choose(1, Draw.Scaled(size, 1, lim.MaxWidth))
            from depth in Gen.Choose(1, Draw.Scaled(size, 1, lim.MaxInnerDepth))
            from act in Gen.Elements(acts)
            from innerBias in Gen.Elements(false, true)
            from outputBias in Gen.Elements(false, true)
            let spec = new ArchitectureSpec(ArchitectureKind.SingleBlock, d, [k], [], depth, act, innerBias, outputBias)
            select new Described<ArchitectureSpec>(spec, new Descriptor("Architectures.SingleBlock", size, ("spec", spec.ToString()))));
    }

    /// <summary>
    /// One-hidden-layer networks aᵀσ(Ux + b) (+ c): d ∈ [1, MaxDimension], k ∈ [1, MaxWidth]; smooth true draws σ among
    /// softplus and tanh (purpose Smooth), false among relu, softplus and tanh.
    /// </summary>
    public static Gen<Described<ArchitectureSpec>> OneHiddenLayer(bool smooth = true, GeneratorLimits? limits = null)
    {
        var lim = Checked(limits);
        var acts = smooth ? SmoothActivations : AllActivations;
        return Gen.Sized(size =>
            from d in Gen.Choose(1, Draw.Scaled(size, 2, lim.MaxDimension))
            from k in Gen.Choose(1, Draw.Scaled(size, 1, lim.MaxWidth))
            from act in Gen.Elements(acts)
            from hiddenBias in Gen.Elements(false, true)
            from outputBias in Gen.Elements(false, true)
            let spec = new ArchitectureSpec(ArchitectureKind.OneHiddenLayer, d, [k], [], 1, act, hiddenBias, outputBias, smooth ? ArchitecturePurpose.Smooth : ArchitecturePurpose.Any)
            select new Described<ArchitectureSpec>(spec, new Descriptor("Architectures.OneHiddenLayer", size, ("smooth", smooth ? "true" : "false"), ("spec", spec.ToString()))));
    }

    /// <summary>Any of the three kinds with equal weight (deep ResNets half with, half without parameter coverage).</summary>
    public static Gen<Described<ArchitectureSpec>> Any(GeneratorLimits? limits = null) =>
        Gen.Frequency(
            (1, DeepResNet(true, limits)),
            (1, DeepResNet(false, limits)),
            (2, SingleBlock(limits)),
            (2, OneHiddenLayer(false, limits)));

    /// <summary>count widths, each in [1, maxWidth], with sum ≤ budget (needs count ≤ budget); drawn left to right.</summary>
    private static Gen<ImmutableList<int>> BudgetedWidths(int count, int budget, int maxWidth)
    {
        if (count == 0)
        {
            return Gen.Constant(ImmutableList<int>.Empty);
        }
        return from first in Gen.Choose(1, Math.Max(1, Math.Min(maxWidth, budget - (count - 1))))
               from rest in BudgetedWidths(count - 1, budget - first, maxWidth)
               select rest.Insert(0, first);
    }

    /// <summary>The widths with the last one raised so that their sum is at least d.</summary>
    private static ImmutableList<int> RaiseToCover(int[] widths, int d)
    {
        var raised = widths.ToArray();
        int deficit = d - raised.Sum();
        if (deficit > 0)
        {
            raised[^1] += deficit;
        }
        return [.. raised];
    }

    private static GeneratorLimits Checked(GeneratorLimits? limits)
    {
        var lim = limits ?? GeneratorLimits.Default;
        lim.Validate();
        return lim;
    }

    private static ActivationKind[] CheckedActivations(IReadOnlyList<ActivationKind>? activations)
    {
        if (activations is null)
        {
            return AllActivations;
        }
        if (activations.Count == 0)
        {
            throw new ArgumentException("activations is empty: give at least one", nameof(activations));
        }
        return [.. activations];
    }
}
