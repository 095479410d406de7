using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace ResNetProofs.Generators;

/// <summary>
/// Small seeded wide-ResNet problems (Du et al. 2019 as Gulcu uses it): shapes first, then a seed in [1, 10⁶]. Sizes scale with
/// the FsCheck size; the defaults keep n·P below 2·10⁴ so a tracked run of a few hundred steps takes milliseconds.
/// </summary>
public static class WideResidualCases
{
    /// <summary>
    /// n ∈ [2, maxSamples], d ∈ [2, n], H ∈ [1, maxDepth], m = ⌈ratio·n⌉ with ratio drawn from <paramref name="ratios"/>
    /// (default {1/2, 1, 2, 4}: one draw in four has m &lt; n, outside the width hypothesis m ≥ n).
    /// </summary>
    public static Gen<Described<WideResidualCase>> Problems(int maxSamples = 8, int maxDepth = 3, IReadOnlyList<double>? ratios = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSamples, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        var r = (ratios ?? [0.5, 1, 2, 4]).ToArray();
        if (r.Length == 0 || r.Any(x => !(x > 0) || !double.IsFinite(x)))
        {
            throw new ArgumentOutOfRangeException(nameof(ratios), "width ratios must be finite and > 0");
        }
        return Gen.Sized(size =>
            from n in Gen.Choose(2, Draw.Scaled(size, 2, maxSamples))
            from d in Gen.Choose(2, n)
            from h in Gen.Choose(1, Draw.Scaled(size, 1, maxDepth))
            from ratio in Gen.Elements(r)
            from seed in Gen.Choose(1, 1_000_000)
            select Describe(new WideResidualCase(n, d, Math.Max(1, (int)Math.Ceiling(ratio * n)), h, seed), "WideResidualCases.Problems", size, ("m/n", Draw.Text(ratio))));
    }

    /// <summary>Width m = 1 and n = <paramref name="samples"/> (planted.gulcu-width-one: n = 20), d ∈ [1, n], H ∈ [1, maxDepth].</summary>
    public static Gen<Described<WideResidualCase>> WidthOne(int samples = 20, int maxDepth = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        return Gen.Sized(size =>
            from d in Gen.Choose(1, Draw.Scaled(size, 1, samples))
            from h in Gen.Choose(1, Draw.Scaled(size, 1, maxDepth))
            from seed in Gen.Choose(1, 1_000_000)
            select Describe(new WideResidualCase(samples, d, 1, h, seed), "WideResidualCases.WidthOne", size));
    }

    /// <summary>Smaller problems, lazily: H − 1, d − 1 (d ≥ 1), n − 1 with d ≤ n kept, m halved, m − 1; same seed (the draws are re-made).</summary>
    public static IEnumerable<Described<WideResidualCase>> Shrink(Described<WideResidualCase> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var c = value.Value;
        if (c.Depth > 1)
        {
            yield return Step(value, c with { Depth = c.Depth - 1 }, $"H {c.Depth}→{c.Depth - 1}");
        }
        if (c.Dimension > 1)
        {
            yield return Step(value, c with { Dimension = c.Dimension - 1 }, $"d {c.Dimension}→{c.Dimension - 1}");
        }
        if (c.Samples > 1)
        {
            yield return Step(value, c with { Samples = c.Samples - 1, Dimension = Math.Min(c.Dimension, c.Samples - 1) }, $"n {c.Samples}→{c.Samples - 1}");
        }
        if (c.Width > 2)
        {
            yield return Step(value, c with { Width = c.Width / 2 }, $"m {c.Width}→{c.Width / 2}");
        }
        if (c.Width > 1)
        {
            yield return Step(value, c with { Width = c.Width - 1 }, $"m {c.Width}→{c.Width - 1}");
        }
    }

    private static Described<WideResidualCase> Step(Described<WideResidualCase> value, WideResidualCase smaller, string step) =>
        new(smaller, value.Descriptor.With("shrink", step));

    private static Described<WideResidualCase> Describe(WideResidualCase c, string generator, int size, params (string Name, string Value)[] extra) =>
        new(c, new Descriptor(generator, size, [("n", Text(c.Samples)), ("d", Text(c.Dimension)), ("m", Text(c.Width)), ("H", Text(c.Depth)), ("seed", Text(c.Seed)), .. extra]));

    private static string Text(int v) => v.ToString(CultureInfo.InvariantCulture);
}
