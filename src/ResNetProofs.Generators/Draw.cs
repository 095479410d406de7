using FsCheck;
using FsCheck.Fluent;

namespace ResNetProofs.Generators;

/// <summary>Bounded primitive draws, all from FsCheck's generator state (never its default double generator).</summary>
internal static class Draw
{
    /// <summary>Standard normals are clipped to [−NormalClip, NormalClip] (probability of clipping 6e−5).</summary>
    internal const double NormalClip = 4;

    private const int Resolution = 1 << 30;

    /// <summary>A standard normal by Box–Muller from two drawn integers, clipped to ±<see cref="NormalClip"/>.</summary>
    internal static Gen<double> StandardNormal { get; } =
        from a in Gen.Choose(1, Resolution)
        from b in Gen.Choose(0, Resolution - 1)
        select Math.Clamp(Math.Sqrt(-2 * Math.Log(a / (double)Resolution)) * Math.Cos(2 * Math.PI * b / Resolution), -NormalClip, NormalClip);

    /// <summary>count clipped standard normals.</summary>
    internal static Gen<double[]> Normals(int count) => StandardNormal.ArrayOf(count);

    /// <summary>A value k/10^decimals uniform on the grid in [−bound, bound].</summary>
    internal static Gen<double> Uniform(double bound, int decimals)
    {
        int k = (int)Math.Round(bound * Math.Pow(10, decimals));
        double power = Math.Pow(10, decimals);
        return Gen.Choose(-k, k).Select(i => i / power);
    }

    /// <summary>The integer part of the range [min, max] available at this FsCheck size: min at size 0, max at size ≥ 100.</summary>
    internal static int Scaled(int size, int min, int max) =>
        max <= min ? min : min + (int)Math.Ceiling((max - min) * Math.Clamp(size, 0, 100) / 100.0);

    /// <summary>v rounded to this many decimals, as the double nearest to k/10^decimals (so it prints short).</summary>
    internal static double Round(double v, int decimals)
    {
        double power = Math.Pow(10, decimals);
        double r = Math.Round(v * power, MidpointRounding.ToEven) / power;
        return r == 0 ? 0 : r; // no −0 in files
    }

    /// <summary>The fewest decimals e ≤ 15 with Round(v, e) == v (15 when none).</summary>
    internal static int Decimals(double v)
    {
        for (int e = 0; e < 15; e++)
        {
            if (Round(v, e) == v)
            {
                return e;
            }
        }
        return 15;
    }

    /// <summary>Formats a double for descriptors (round-trip, invariant).</summary>
    internal static string Text(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Formats a list of integers as "[a,b,c]".</summary>
    internal static string Text(IEnumerable<int> values) => "[" + string.Join(",", values) + "]";
}
