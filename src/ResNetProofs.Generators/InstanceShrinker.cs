using System.Globalization;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Generators;

/// <summary>
/// Shrinks an <see cref="InstanceCase"/> to strictly smaller valid cases (<see cref="CaseSize.IsStrictlySmallerThan"/>),
/// lazily and in this order: fewer samples (halves, then one row less), fewer blocks (drop the last), smaller d (drop
/// the last input), narrower blocks (n_l − 1, m_l − 1), shallower blocks, rounder numbers (one decimal fewer in X, y, θ).
/// Shapes change by <see cref="ParameterTransfer.Truncate"/>; candidates whose shape breaks the architecture's purpose are skipped.
/// </summary>
public static class InstanceShrinker
{
    /// <summary>Most single-row removals offered per step (after the two halves).</summary>
    public const int MaxRowCandidates = 8;

    /// <summary>The shrink candidates of <paramref name="value"/>, each strictly smaller and a valid instance.</summary>
    public static IEnumerable<InstanceCase> Shrink(InstanceCase value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var data = value.Instance.Data;
        int n = data.Count;
        if (n >= 2)
        {
            int half = n / 2;
            yield return WithRows(value, Enumerable.Range(0, half).ToArray(), $"n {n}→{half} (first half)");
            yield return WithRows(value, Enumerable.Range(half, n - half).ToArray(), $"n {n}→{n - half} (second half)");
            if (n >= 3)
            {
                for (int drop = n - 1; drop >= Math.Max(0, n - MaxRowCandidates); drop--)
                {
                    yield return WithRows(value, Enumerable.Range(0, n).Where(i => i != drop).ToArray(), $"n {n}→{n - 1} (row {drop} dropped)");
                }
            }
        }

        var spec = value.Architecture;
        foreach (var (candidate, step) in SmallerShapes(spec))
        {
            if (candidate.IsAdmissible)
            {
                yield return WithShape(value, candidate, step);
            }
        }

        int decimals = InstanceCase.MaxDecimals(value.Instance);
        if (decimals > 0)
        {
            yield return Rounded(value, decimals - 1);
        }
    }

    private static IEnumerable<(ArchitectureSpec Spec, string Step)> SmallerShapes(ArchitectureSpec spec)
    {
        int l = spec.Depth;
        if (spec.Kind == ArchitectureKind.DeepResNet && l >= 2)
        {
            yield return (spec with { Widths = [.. spec.Widths.Take(l - 1)], ProjectionWidths = [.. spec.ProjectionWidths.Take(l - 2)] }, $"L {l}→{l - 1}");
        }
        if (spec.InputDimension >= 2)
        {
            yield return (spec with { InputDimension = spec.InputDimension - 1 }, $"d {spec.InputDimension}→{spec.InputDimension - 1}");
        }
        for (int b = 0; b < l; b++)
        {
            if (spec.Widths[b] >= 2)
            {
                var widths = spec.Widths.ToArray();
                widths[b]--;
                yield return (spec with { Widths = widths }, $"n_{b + 1} {widths[b] + 1}→{widths[b]}");
            }
        }
        for (int b = 0; b < spec.ProjectionWidths.Count; b++)
        {
            if (spec.ProjectionWidths[b] >= 2)
            {
                var m = spec.ProjectionWidths.ToArray();
                m[b]--;
                yield return (spec with { ProjectionWidths = m }, $"m_{b + 2} {m[b] + 1}→{m[b]}");
            }
        }
        if (spec.InnerDepth >= 2)
        {
            yield return (spec with { InnerDepth = spec.InnerDepth - 1 }, $"depth {spec.InnerDepth}→{spec.InnerDepth - 1}");
        }
    }

    private static InstanceCase WithRows(InstanceCase value, int[] rows, string step)
    {
        var data = value.Instance.Data;
        var x = rows.Select(i => (IReadOnlyList<double>)data.Input(i).ToArray()).ToList();
        var y = rows.Select(data.Target).ToList();
        return Rebuilt(value, Dataset.Create(x, y), value.Architecture, value.Instance.Parameters, step);
    }

    private static InstanceCase WithShape(InstanceCase value, ArchitectureSpec spec, string step)
    {
        var old = value.Instance;
        var model = spec.Build();
        var theta = ParameterTransfer.Truncate(old.Model.Graph.Layout, old.Parameters, model.Graph.Layout);
        var data = old.Data;
        if (spec.InputDimension < data.Dimension)
        {
            var x = data.Rows().Select(r => (IReadOnlyList<double>)r.Take(spec.InputDimension).ToArray()).ToList();
            data = Dataset.Create(x, data.Targets.ToArray());
        }
        return Rebuilt(value, data, spec, theta, step);
    }

    private static InstanceCase Rounded(InstanceCase value, int decimals)
    {
        var old = value.Instance;
        var x = old.Data.Rows().Select(r => (IReadOnlyList<double>)r.Select(v => Draw.Round(v, decimals)).ToArray()).ToList();
        var y = old.Data.Targets.ToArray().Select(v => Draw.Round(v, decimals)).ToList();
        var theta = old.Parameters.Select(v => Draw.Round(v, decimals)).ToArray();
        return Rebuilt(value, Dataset.Create(x, y), value.Architecture, theta, $"decimals → {decimals.ToString(CultureInfo.InvariantCulture)}");
    }

    private static InstanceCase Rebuilt(InstanceCase value, Dataset data, ArchitectureSpec spec, double[] theta, string step)
    {
        var old = value.Instance;
        var model = ReferenceEquals(spec, value.Architecture) ? old.Model : spec.Build();
        var descriptor = value.Descriptor.With("shrink", step);
        var instance = new Instance(old.Name, descriptor.ToString(), old.Source, data, model, old.Loss, theta);
        return value with { Instance = instance, Architecture = spec, Descriptor = descriptor };
    }
}
