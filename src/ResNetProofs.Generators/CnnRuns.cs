using System.Globalization;
using FsCheck.Fluent;
using FsCheck;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Generators;

/// <summary>
/// Starts and samples of starts for CNN gradient descent on <see cref="CnnTeachers"/> teachers: Liu et al.'s w₀ = 0 with a₀
/// uniform in a ball (direction from clipped normals, radius r·U^{1/k} with U on a 1/1000 grid below 1), and seeded samples of random starts.
/// </summary>
public static class CnnRuns
{
    /// <summary>The readout ball's radius (Liu et al.'s ball; the study's default).</summary>
    public const double BallRadius = 1.0;

    /// <summary>
    /// Shortcut teachers (<paramref name="form"/>) with w₀ = 0 and a₀ uniform in the ball of radius 1; p, k ∈ [2, max]; the sign of 1ᵀa*
    /// fixed by <paramref name="readoutSumSign"/> (±1) or either (null).
    /// </summary>
    public static Gen<Described<CnnRunCase>> FromZeroFilter(ShortcutForm form = ShortcutForm.AveragePooledPreActivation, int maxPatchDimension = 5, int maxPatches = 5, int? readoutSumSign = null) =>
        Gen.Sized(size =>
            from teacher in CnnTeachers.Unit(form, maxPatchDimension, maxPatches, readoutSumSign: readoutSumSign)
            from direction in Draw.Normals(teacher.Value.Architecture.Patches)
            from u in Gen.Choose(0, 999)
            select ZeroFilterStart(teacher, direction, u / 1000.0, size));

    /// <summary>w₀ = 0 starts made smaller with their teacher: k − 1 drops a₀'s last entry (still in the ball), p − 1 drops a zero of w₀.</summary>
    public static IEnumerable<Described<CnnRunCase>> Shrink(Described<CnnRunCase> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var c = value.Value;
        int p = c.Teacher.Architecture.PatchDimension;
        foreach (var teacher in CnnTeachers.Shrink(new Described<CnnTeacher>(c.Teacher, value.Descriptor)))
        {
            int p2 = teacher.Value.Architecture.PatchDimension, k2 = teacher.Value.Architecture.Patches;
            var start = c.Start.Take(p2).Concat(c.Start.Skip(p).Take(k2)).ToArray();
            yield return new(c with { Teacher = teacher.Value, Start = start }, teacher.Descriptor);
        }
    }

    /// <summary>
    /// Samples of <paramref name="minRuns"/>..<paramref name="maxRuns"/> (scaled by the FsCheck size) seeded random starts (seed ∈ [1, 10⁶]) on plain teachers drawn inside the local-minimum
    /// condition with weight <paramref name="insideWeight"/> against 1 outside; a in the ball of radius 1.
    /// </summary>
    public static Gen<Described<CnnRunSample>> PlainSamples(int maxRuns = 8, int insideWeight = 4, int maxPatchDimension = 5, int maxPatches = 5, int minRuns = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minRuns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRuns, minRuns);
        return Gen.Sized(size =>
            from teacher in CnnTeachers.Unit(ShortcutForm.None, maxPatchDimension, maxPatches, insideWeight, 1)
            from runs in Gen.Choose(minRuns, Draw.Scaled(size, minRuns, maxRuns))
            from seed in Gen.Choose(1, 1_000_000)
            select new Described<CnnRunSample>(new CnnRunSample(teacher.Value, runs, seed, BallRadius),
                new Descriptor("CnnRuns.PlainSamples", size, ("runs", Text(runs)), ("seed", Text(seed)), ("r", Draw.Text(BallRadius))).WithParts(teacher.Descriptor)));
    }

    /// <summary>Smaller samples, lazily: one run, half the runs, one run fewer (same seed: a prefix of the starts), then a smaller teacher.</summary>
    public static IEnumerable<Described<CnnRunSample>> Shrink(Described<CnnRunSample> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var c = value.Value;
        foreach (int runs in new[] { 1, c.Runs / 2, c.Runs - 1 }.Where(r => r >= 1 && r < c.Runs).Distinct())
        {
            yield return new(c with { Runs = runs }, value.Descriptor.With("shrink", $"runs {c.Runs}→{runs}"));
        }
        foreach (var teacher in CnnTeachers.Shrink(new Described<CnnTeacher>(c.Teacher, value.Descriptor)))
        {
            yield return new(c with { Teacher = teacher.Value }, teacher.Descriptor);
        }
    }

    private static Described<CnnRunCase> ZeroFilterStart(Described<CnnTeacher> teacher, double[] direction, double u, int size)
    {
        var arch = teacher.Value.Architecture;
        int k = arch.Patches;
        double norm = Math.Sqrt(direction.Sum(x => x * x));
        var unit = norm > 0 ? direction.Select(x => x / norm).ToArray() : [1.0, .. new double[k - 1]];
        double radius = BallRadius * Math.Pow(u, 1.0 / k);
        var start = new double[arch.PatchDimension].Concat(unit.Select(x => x * radius)).ToArray();
        var descriptor = new Descriptor("CnnRuns.FromZeroFilter", size, ("r", Draw.Text(BallRadius)), ("|a0|", Draw.Text(Draw.Round(radius, 4)))).WithParts(teacher.Descriptor);
        return new(new CnnRunCase(teacher.Value, start, BallRadius), descriptor);
    }

    private static string Text(int v) => v.ToString(CultureInfo.InvariantCulture);
}
