using System.Globalization;
using ResNetProofs.Cases;
using ResNetProofs.Generators;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Hunting.Search;

/// <summary>
/// One climb step: a small change of a start instance's dataset, architecture or start point, drawn from a
/// <see cref="SplitMix64"/> stream (so the mutation of case k is a pure function of (seed, k) and the parent).
/// Mutated values stay within the generators' bounds (3 decimals; n ≤ <see cref="MaxSamples"/>; widths ≤ <see cref="MaxWidth"/>).
/// </summary>
public static class CaseMutator
{
    /// <summary>Most samples a mutation produces.</summary>
    public const int MaxSamples = 16;

    /// <summary>Largest width, projection width a mutation produces.</summary>
    public const int MaxWidth = 6;

    private static readonly double[] StepSizes = [0.01, 0.1, 0.5];

    /// <summary>A mutated copy of <paramref name="parent"/>, and one line saying what changed.</summary>
    public static (InstanceCase Case, string Change) Mutate(InstanceCase parent, ref SplitMix64 random)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var kind = (MutationKind)random.NextInt(3);
        if (kind == MutationKind.Architecture && MutateArchitecture(parent, ref random) is { } grown)
        {
            return grown;
        }
        if (kind == MutationKind.Dataset)
        {
            return MutateDataset(parent, ref random);
        }
        return MutateStart(parent, ref random);
    }

    private static (InstanceCase, string) MutateStart(InstanceCase parent, ref SplitMix64 random)
    {
        double sigma = StepSizes[random.NextInt(StepSizes.Length)];
        var old = parent.Instance;
        var theta = new double[old.Parameters.Length];
        for (int i = 0; i < theta.Length; i++)
        {
            theta[i] = Math.Round(old.Parameters[i] + sigma * random.NextGaussian(), 3);
        }
        string change = $"θ += {sigma.ToString(CultureInfo.InvariantCulture)}·N(0, I)";
        return (Rebuilt(parent, old.Data, parent.Architecture, theta, change), change);
    }

    private static (InstanceCase, string) MutateDataset(InstanceCase parent, ref SplitMix64 random)
    {
        var old = parent.Instance;
        var rows = old.Data.Rows().Select(r => r.ToList()).ToList();
        var y = old.Data.Targets.ToArray().ToList();
        bool labels = old.Loss.Name == "logistic";
        double bound = Math.Max(4.0, rows.SelectMany(r => r).Select(Math.Abs).DefaultIfEmpty(0).Max());
        int i = random.NextInt(rows.Count);
        int choice = random.NextInt(4);
        string change;
        if (choice == 0 && rows.Count < MaxSamples)
        {
            var copy = new List<double>(rows[i].Count);
            foreach (double v in rows[i])
            {
                copy.Add(Clamp(v + 0.3 * random.NextGaussian(), bound));
            }
            rows.Add(copy);
            y.Add(y[i]);
            change = $"sample {i} duplicated with noise";
        }
        else if (choice == 1 && rows.Count >= 2)
        {
            rows.RemoveAt(i);
            y.RemoveAt(i);
            change = $"sample {i} dropped";
        }
        else if (choice == 2 && !labels)
        {
            y[i] = Math.Round(y[i] + 0.5 * (1 + Math.Abs(y[i])) * random.NextGaussian(), 3);
            change = $"target {i} moved";
        }
        else
        {
            for (int j = 0; j < rows[i].Count; j++)
            {
                rows[i][j] = Clamp(rows[i][j] + 0.5 * random.NextGaussian(), bound);
            }
            change = $"input {i} moved";
        }
        var data = Dataset.Create(rows.Select(r => (IReadOnlyList<double>)r).ToList(), y);
        return (Rebuilt(parent, data, parent.Architecture, old.Parameters, change), change);
    }

    private static (InstanceCase, string)? MutateArchitecture(InstanceCase parent, ref SplitMix64 random)
    {
        var spec = parent.Architecture;
        var candidates = new List<(ArchitectureSpec Spec, string Change)>();
        for (int b = 0; b < spec.Widths.Count; b++)
        {
            foreach (int delta in (int[])[-1, 1])
            {
                var w = spec.Widths.ToArray();
                w[b] += delta;
                if (w[b] is >= 1 and <= MaxWidth)
                {
                    candidates.Add((spec with { Widths = w }, $"width {b + 1}: {spec.Widths[b]}→{w[b]}"));
                }
            }
        }
        for (int b = 0; b < spec.ProjectionWidths.Count; b++)
        {
            foreach (int delta in (int[])[-1, 1])
            {
                var m = spec.ProjectionWidths.ToArray();
                m[b] += delta;
                if (m[b] is >= 1 and <= MaxWidth)
                {
                    candidates.Add((spec with { ProjectionWidths = m }, $"projection {b + 2}: {spec.ProjectionWidths[b]}→{m[b]}"));
                }
            }
        }
        if (spec.Kind != ArchitectureKind.OneHiddenLayer)
        {
            int depth = spec.InnerDepth == 1 ? 2 : 1;
            candidates.Add((spec with { InnerDepth = depth }, $"inner depth {spec.InnerDepth}→{depth}"));
        }
        candidates.RemoveAll(c => !c.Spec.IsAdmissible);
        if (candidates.Count == 0)
        {
            return null;
        }
        var (next, change) = candidates[random.NextInt(candidates.Count)];
        var old = parent.Instance;
        var model = next.Build();
        var theta = ParameterTransfer.Truncate(old.Model.Graph.Layout, old.Parameters, model.Graph.Layout);
        var kept = ParameterTransfer.Truncate(old.Model.Graph.Layout, Enumerable.Repeat(1.0, old.Parameters.Length).ToArray(), model.Graph.Layout);
        for (int i = 0; i < theta.Length; i++)
        {
            if (kept[i] == 0)
            {
                theta[i] = Math.Round(0.3 * random.NextGaussian(), 3);
            }
        }
        return (Rebuilt(parent, old.Data, next, theta, change), change);
    }

    private static double Clamp(double value, double bound) => Math.Round(Math.Clamp(value, -bound, bound), 3);

    private static InstanceCase Rebuilt(InstanceCase parent, Dataset data, ArchitectureSpec spec, double[] theta, string change)
    {
        var old = parent.Instance;
        var model = ReferenceEquals(spec, parent.Architecture) ? old.Model : spec.Build();
        // Keep descriptors short over long climbs: the generation count and the last change only.
        int generation = int.TryParse(parent.Descriptor["generation"], NumberStyles.None, CultureInfo.InvariantCulture, out int g) ? g + 1 : 1;
        var descriptor = parent.Descriptor with
        {
            Parameters = [.. parent.Descriptor.Parameters.Where(p => p.Name is not ("generation" or "mutate")),
                ("generation", generation.ToString(CultureInfo.InvariantCulture)), ("mutate", change)],
        };
        var instance = new Instance(old.Name, descriptor.ToString(), old.Source, data, model, old.Loss, theta);
        return parent with { Instance = instance, Architecture = spec, Descriptor = descriptor };
    }
}
