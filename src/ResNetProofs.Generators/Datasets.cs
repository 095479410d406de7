using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Generators;

/// <summary>
/// Size-aware dataset generators: shape first (degenerate case, then n), then entries. Inputs are Gaussian, uniform or
/// clustered; targets linear + noise, from a random ResNet teacher, random, or ±1 labels. Entries are rounded to
/// <see cref="Decimals"/> decimals (5 in a row scaled by 1/100); one dataset in <see cref="GeneratorLimits.DegenerateOneIn"/> is degenerate.
/// </summary>
public static class Datasets
{
    /// <summary>Decimals of every input and target entry (a row scaled by 1/100 has 5, one scaled by 100 has 1).</summary>
    public const int Decimals = 3;

    /// <summary>|x_ik| ≤ 4 in every row not scaled by <see cref="DegenerateCase.MixedScales"/>.</summary>
    public const double InputBound = Draw.NormalClip;

    /// <summary>|x_ik| ≤ 400 in every row (a row scaled by 100).</summary>
    public const double ScaledInputBound = 100 * Draw.NormalClip;

    /// <summary>|y_i| ≤ 1000: targets are clamped to this bound.</summary>
    public const double TargetBound = 1000;

    private static readonly InputDistribution[] AllInputs = [InputDistribution.Gaussian, InputDistribution.Uniform, InputDistribution.Clustered];

    /// <summary>Datasets in R^d with these targets: n ∈ [MinSamples, MaxSamples], a drawn input distribution, degenerate at the limits' rate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">d &lt; 1 or a limit out of range.</exception>
    public static Gen<DatasetCase> For(int dimension, TargetKind targets, GeneratorLimits? limits = null)
    {
        var lim = Checked(dimension, limits);
        var applicable = Applicable(dimension);
        Gen<DegenerateCase> degenerate = lim.DegenerateOneIn == 0
            ? Gen.Constant(DegenerateCase.None)
            : Gen.Frequency<DegenerateCase>((lim.DegenerateOneIn - 1, Gen.Constant(DegenerateCase.None)), (1, Gen.Elements(applicable.ToArray())));
        return from c in degenerate
               from data in Build(dimension, targets, c, lim)
               select data;
    }

    /// <summary>Datasets in R^d of exactly this degenerate case (for tests and targeted properties).</summary>
    /// <exception cref="ArgumentException">The case does not apply at this d (see <see cref="Applicable"/>).</exception>
    public static Gen<DatasetCase> Degenerate(int dimension, TargetKind targets, DegenerateCase degenerate, GeneratorLimits? limits = null)
    {
        var lim = Checked(dimension, limits);
        if (degenerate != DegenerateCase.None && !Applicable(dimension).Contains(degenerate))
        {
            throw new ArgumentException($"degenerate case {degenerate} does not apply at d = {dimension}", nameof(degenerate));
        }
        return Build(dimension, targets, degenerate, lim);
    }

    /// <summary>The degenerate cases that apply at dimension d (RankDeficient and FewerSamplesThanDimension need d ≥ 2).</summary>
    public static IReadOnlyList<DegenerateCase> Applicable(int dimension) =>
        dimension >= 2
            ? [DegenerateCase.DuplicatePoints, DegenerateCase.RankDeficient, DegenerateCase.FewerSamplesThanDimension, DegenerateCase.ZeroTargets, DegenerateCase.MixedScales, DegenerateCase.ReluKink]
            : [DegenerateCase.DuplicatePoints, DegenerateCase.ZeroTargets, DegenerateCase.MixedScales, DegenerateCase.ReluKink];

    private static Gen<DatasetCase> Build(int d, TargetKind targetKind, DegenerateCase degenerate, GeneratorLimits lim) =>
        Gen.Sized(size =>
            from n in degenerate == DegenerateCase.FewerSamplesThanDimension
                ? Gen.Choose(1, d - 1)
                : Gen.Choose(lim.MinSamples, Draw.Scaled(size, lim.MinSamples, lim.MaxSamples))
            from inputs in Gen.Elements(AllInputs)
            from x in Inputs(inputs, n, d)
            from pick in Gen.Choose(0, int.MaxValue - 1).ArrayOf(2)
            let i = pick[0] % n
            let j = n < 2 ? 0 : (i + 1 + pick[1] % (n - 1)) % n
            let xd = DegenerateInputs(x, n, d, degenerate, i, j, pick)
            from y in Targets(targetKind, xd, n, d)
            let yd = DegenerateTargets(xd, y, n, d, degenerate, targetKind, i, j)
            let descriptor = new Descriptor("Datasets", size,
                ("n", n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("d", d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("inputs", inputs.ToString()), ("targets", targetKind.ToString()), ("degenerate", degenerate.ToString()))
            select new DatasetCase(Dataset.FromRowMajor(xd, d, yd), inputs, targetKind, degenerate, descriptor));

    private static Gen<double[]> Inputs(InputDistribution distribution, int n, int d) => distribution switch
    {
        InputDistribution.Gaussian => Draw.Normals(n * d).Select(z => z.Select(v => Draw.Round(v, Decimals)).ToArray()),
        InputDistribution.Uniform => Draw.Uniform(1, Decimals).ArrayOf(n * d),
        _ => from clusters in Gen.Choose(2, 3)
             from centres in Draw.Normals(clusters * d)
             from member in Gen.Choose(0, clusters - 1).ArrayOf(n)
             from noise in Draw.Normals(n * d)
             select Enumerable.Range(0, n * d)
                 .Select(p => Draw.Round(Math.Clamp(1.5 * centres[member[p / d] * d + p % d] + 0.1 * noise[p], -InputBound, InputBound), Decimals))
                 .ToArray(),
    };

    /// <summary>Applies the input-side degenerate cases to a copy of x (row-major n×d); i ≠ j are drawn rows (j = i when n = 1).</summary>
    private static double[] DegenerateInputs(double[] x, int n, int d, DegenerateCase degenerate, int i, int j, int[] pick)
    {
        var result = x.ToArray();
        switch (degenerate)
        {
            case DegenerateCase.RankDeficient:
                int k = pick[0] % d;
                int col = (k + 1 + pick[1] % (d - 1)) % d;
                (k, col) = (Math.Min(k, col), Math.Max(k, col));
                for (int r = 0; r < n; r++)
                {
                    result[r * d + col] = result[r * d + k];
                }
                break;
            case DegenerateCase.MixedScales:
                int largest = 0;
                for (int c = 0; c < d; c++)
                {
                    result[i * d + c] = Draw.Round(result[i * d + c] * 100, Decimals - 2);
                    result[j * d + c] = Draw.Round(result[j * d + c] / 100, Decimals + 2);
                    largest = Math.Abs(result[i * d + c]) > Math.Abs(result[i * d + largest]) ? c : largest;
                }
                if (Math.Abs(result[i * d + largest]) < 100)
                {
                    result[i * d + largest] = result[i * d + largest] < 0 ? -100 : 100; // the large row reaches |x| = 100
                }
                break;
            case DegenerateCase.ReluKink:
                Array.Clear(result, i * d, d);
                break;
        }
        return result;
    }

    /// <summary>Applies the target-side degenerate cases (duplicates copy (x_i, y_i) into row max(i, j)).</summary>
    private static double[] DegenerateTargets(double[] x, double[] y, int n, int d, DegenerateCase degenerate, TargetKind kind, int i, int j)
    {
        var result = y.ToArray();
        switch (degenerate)
        {
            case DegenerateCase.ZeroTargets:
                Array.Fill(result, kind == TargetKind.Labels ? 1.0 : 0.0);
                break;
            case DegenerateCase.DuplicatePoints when n >= 2:
                int from = Math.Min(i, j), to = Math.Max(i, j);
                Array.Copy(x, from * d, x, to * d, d);
                result[to] = result[from];
                break;
        }
        return result;
    }

    private static Gen<double[]> Targets(TargetKind kind, double[] x, int n, int d) => kind switch
    {
        TargetKind.LinearPlusNoise =>
            from t in Draw.Normals(d)
            from b in Draw.StandardNormal
            from noise in Draw.Normals(n)
            select Enumerable.Range(0, n).Select(i => Clamp(Dot(t, x, i, d) / Math.Sqrt(d) + b + 0.1 * noise[i])).ToArray(),
        TargetKind.Teacher => Teacher(x, n, d),
        TargetKind.Random => Draw.Uniform(2, Decimals).ArrayOf(n),
        _ =>
            from t in Draw.Normals(d)
            from b in Draw.StandardNormal
            from flips in Gen.Choose(0, 9).ArrayOf(n)
            select Enumerable.Range(0, n).Select(i => (Dot(t, x, i, d) + 0.5 * b >= 0 ? 1.0 : -1.0) * (flips[i] == 0 ? -1 : 1)).ToArray(),
    };

    /// <summary>f(x) of a one-block tanh ResNet of width 2 with output bias and Gaussian θ (1/√fan-in, clipped).</summary>
    private static Gen<double[]> Teacher(double[] x, int n, int d)
    {
        var teacher = new DeepResNet(d, [new ResidualBlockSpec(2, 0, 1, ActivationKind.Tanh, true)], true);
        return from theta in ParameterPoints.Gaussian(teacher.Graph.Layout)
               let data = Dataset.FromRowMajor(x, d, new double[n])
               select ForwardPass.Run(teacher.Graph, data, theta).Predictions.ToArray().Select(Clamp).ToArray();
    }

    private static double Dot(double[] t, double[] x, int i, int d)
    {
        double s = 0;
        for (int k = 0; k < d; k++)
        {
            s += t[k] * x[i * d + k];
        }
        return s;
    }

    private static double Clamp(double v) => Draw.Round(Math.Clamp(v, -TargetBound, TargetBound), Decimals);

    private static GeneratorLimits Checked(int dimension, GeneratorLimits? limits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        var lim = limits ?? GeneratorLimits.Default;
        lim.Validate();
        return lim;
    }
}
