using FsCheck.Fluent;
using FsCheck;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Generators;

/// <summary>
/// Teachers (w*, a*) of the non-overlapping CNN f = Σ_j (a_j + β)relu(Z_jᵀw) + γΣ_j Z_jᵀw with ‖w*‖ = 1 and ‖a*‖ ∈ [0.5, 2], drawn
/// on a chosen side of the local-minimum condition: with ρ = π(1ᵀa*)²/((k + π − 1)‖a*‖²) ∈ [0, πk/(k + π − 1)], ρ is drawn from
/// [0.05, 0.9] (<see cref="LocalMinimumSide.Inside"/>) or from [1.1, 0.95·πk/(k + π − 1)] (<see cref="LocalMinimumSide.Outside"/>),
/// so no draw is within 10% of the boundary ρ = 1 and none is filtered.
/// </summary>
public static class CnnTeachers
{
    /// <summary>Smallest p and k drawn (k = 1 sits on the boundary ρ = 1 for every a*).</summary>
    public const int MinShape = 2;

    /// <summary>
    /// Teachers with p, k ∈ [2, max] (scaled by the FsCheck size), the side drawn with weights inside : outside, and the sign of 1ᵀa*
    /// fixed to <paramref name="readoutSumSign"/> (+1 or −1), or either with probability ½ when null.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A maximum is below 2, a weight is negative (or both zero), or the sign is not ±1.</exception>
    public static Gen<Described<CnnTeacher>> Unit(ShortcutForm form, int maxPatchDimension = 5, int maxPatches = 5, int insideWeight = 1, int outsideWeight = 1, int? readoutSumSign = null)
    {
        if (readoutSumSign is { } fixedSign && Math.Abs(fixedSign) != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(readoutSumSign), fixedSign, "the sign of 1ᵀa* must be +1 or −1 (or null for either)");
        }
        var signs = readoutSumSign is { } s ? Gen.Constant((double)s) : Gen.Elements(1.0, -1.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPatchDimension, MinShape);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPatches, MinShape);
        ArgumentOutOfRangeException.ThrowIfNegative(insideWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(outsideWeight);
        if (insideWeight + outsideWeight == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(insideWeight), "at least one side needs a positive weight");
        }
        var sides = Gen.Frequency<LocalMinimumSide>((insideWeight, Gen.Constant(LocalMinimumSide.Inside)), (outsideWeight, Gen.Constant(LocalMinimumSide.Outside)));
        return Gen.Sized(size =>
            from p in Gen.Choose(MinShape, Draw.Scaled(size, MinShape, maxPatchDimension))
            from k in Gen.Choose(MinShape, Draw.Scaled(size, MinShape, maxPatches))
            from side in sides
            from w in Draw.Normals(p)
            from g in Draw.Normals(k)
            from step in Gen.Choose(0, 100)
            from sign in signs
            from norm in Gen.Choose(5, 20)
            select Build(form, size, side, w, g, step / 100.0, sign, norm / 10.0));
    }

    /// <summary>
    /// Smaller teachers of the same form, lazily: k − 1 (drop a*'s last entry), then p − 1 (drop w*'s last entry and
    /// renormalise; skipped when the rest is 0). Neither goes below 2; the side may change and is re-measured in the descriptor.
    /// </summary>
    public static IEnumerable<Described<CnnTeacher>> Shrink(Described<CnnTeacher> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var t = value.Value;
        int p = t.Architecture.PatchDimension, k = t.Architecture.Patches;
        if (k > MinShape)
        {
            var arch = new CnnArchitecture(p, k - 1, t.Architecture.Shortcut, t.Architecture.ExplicitShortcutWeight);
            yield return Described(new CnnTeacher(arch, t.Filter, t.Readout.Take(k - 1).ToArray()), value.Descriptor.With("shrink", $"k {k}→{k - 1}"));
        }
        if (p > MinShape && Smaller(t.Filter) is { } w)
        {
            var arch = new CnnArchitecture(p - 1, k, t.Architecture.Shortcut, t.Architecture.ExplicitShortcutWeight);
            yield return Described(new CnnTeacher(arch, w, t.Readout), value.Descriptor.With("shrink", $"p {p}→{p - 1}"));
        }
    }

    /// <summary>The side of the local-minimum condition: <see cref="LocalMinimumSide.Inside"/> when <see cref="ConditionRatio"/> &lt; 1 (‖w*‖ and the form do not enter).</summary>
    public static LocalMinimumSide Side(CnnTeacher teacher)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        return ConditionRatio(teacher.Readout) < 1 ? LocalMinimumSide.Inside : LocalMinimumSide.Outside;
    }

    /// <summary>ρ = π(1ᵀa*)²/((k + π − 1)‖a*‖²): below 1 inside, above 1 outside.</summary>
    public static double ConditionRatio(IReadOnlyList<double> readout)
    {
        ArgumentNullException.ThrowIfNull(readout);
        double s = readout.Sum(), n2 = readout.Sum(x => x * x);
        return Math.PI * s * s / ((readout.Count + Math.PI - 1) * n2);
    }

    /// <summary>w* without its last entry, renormalised to ‖w*‖ = 1, or null when the rest is 0.</summary>
    internal static double[]? Smaller(IReadOnlyList<double> filter)
    {
        var w = filter.Take(filter.Count - 1).ToArray();
        double norm = Math.Sqrt(w.Sum(x => x * x));
        return norm > 0 ? w.Select(x => x / norm).ToArray() : null;
    }

    /// <summary>Wraps a teacher with its descriptor, the measured ρ and side appended.</summary>
    internal static Described<CnnTeacher> Described(CnnTeacher teacher, Descriptor descriptor) =>
        new(teacher, descriptor.With("rho", Draw.Text(Draw.Round(ConditionRatio(teacher.Readout), 4))).With("side", Side(teacher).ToString()));

    private static Described<CnnTeacher> Build(ShortcutForm form, int size, LocalMinimumSide side, double[] w, double[] g, double t, double sign, double norm)
    {
        int p = w.Length, k = g.Length;
        double wn = Math.Sqrt(w.Sum(x => x * x));
        var filter = wn > 0 ? w.Select(x => x / wn).ToArray() : [1.0, .. new double[p - 1]];

        // a* = α·1/√k + β·d with d ⊥ 1 a unit vector: ρ = πkα²/((k + π − 1)(α² + β²)), so α²/β² = ρ(k + π − 1)/(πk − ρ(k + π − 1)).
        double mean = g.Average();
        var d = g.Select(x => x - mean).ToArray();
        double dn = Math.Sqrt(d.Sum(x => x * x));
        if (!(dn > 1e-9))
        {
            d = new double[k];
            d[0] = 1;
            d[1] = -1;
            dn = Math.Sqrt(2);
        }
        double c = k + Math.PI - 1, max = Math.PI * k / c;
        double rho = side == LocalMinimumSide.Inside ? 0.05 + (0.85 * t) : 1.1 + (((0.95 * max) - 1.1) * t);
        double ratio = Math.Sqrt(rho * c / ((Math.PI * k) - (rho * c)));
        double alpha = sign * ratio, scale = norm / Math.Sqrt((alpha * alpha) + 1);
        var readout = d.Select(x => scale * ((alpha / Math.Sqrt(k)) + (x / dn))).ToArray();

        var descriptor = new Descriptor("CnnTeachers.Unit", size, ("form", form.ToString()), ("p", p.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("k", k.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("drawnSide", side.ToString()), ("|a*|", Draw.Text(norm)));
        return Described(new CnnTeacher(new CnnArchitecture(p, k, form), filter, readout), descriptor.With("sign(1ᵀa*)", sign > 0 ? "+" : "−"));
    }
}
