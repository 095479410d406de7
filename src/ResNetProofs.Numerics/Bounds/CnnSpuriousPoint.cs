using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Bounds;

/// <summary>
/// The spurious critical point of the weight-normalised plain CNN (Du et al. 2018; theorems.md): with the teacher brought to ‖w*‖ = 1
/// (<see cref="CnnTeacher.UnitFilter"/>), w = −w* and a_sp = ((π − 1)I + 11ᵀ)⁻¹(11ᵀ − I)a*, in closed form
/// a_sp = (π·s/(k + π − 1)·1 − a*)/(π − 1) with s = 1ᵀa* (Sherman–Morrison). It is a local minimum iff a_spᵀa* &lt; 0, i.e. iff
/// π s² &lt; (k + π − 1)‖a*‖² (derived: a_spᵀa* = (π s²/(k + π − 1) − ‖a*‖²)/(π − 1)).
/// </summary>
public static class CnnSpuriousPoint
{
    /// <summary>a_sp for the unit-filter teacher of <paramref name="teacher"/> (plain CNN only).</summary>
    public static double[] Readout(CnnTeacher teacher)
    {
        var unit = Unit(teacher);
        int k = unit.Architecture.Patches;
        double s = unit.Readout.Sum();
        double shift = Math.PI * s / (k + Math.PI - 1);
        return unit.Readout.Select(x => (shift - x) / (Math.PI - 1)).ToArray();
    }

    /// <summary>The point (v, a) = (−w*/‖w*‖, a_sp) in weight-normalised coordinates (also a point (w, a) of the unnormalised loss of the unit teacher).</summary>
    public static double[] Point(CnnTeacher teacher)
    {
        var unit = Unit(teacher);
        return [.. unit.Filter.Select(x => -x), .. Readout(teacher)];
    }

    /// <summary>(k + π − 1)‖a*‖² − π(1ᵀa*)² for the unit teacher: positive exactly when the point is a local minimum (derived).</summary>
    public static double ConditionMargin(CnnTeacher teacher)
    {
        var unit = Unit(teacher);
        int k = unit.Architecture.Patches;
        double s = unit.Readout.Sum();
        double n2 = unit.Readout.Sum(x => x * x);
        return ((k + Math.PI - 1) * n2) - (Math.PI * s * s);
    }

    /// <summary>a_spᵀa* for the unit teacher: the coefficient whose sign decides the cubic growth −a_spᵀa*·ε³/(6π) of L away from w = −w*.</summary>
    public static double Alignment(CnnTeacher teacher)
    {
        var unit = Unit(teacher);
        var asp = Readout(teacher);
        return asp.Select((x, j) => x * unit.Readout[j]).Sum();
    }

    /// <summary>The teacher with ‖w*‖ = 1 (plain CNN only).</summary>
    /// <exception cref="ArgumentException">The teacher's architecture has a shortcut.</exception>
    public static CnnTeacher Unit(CnnTeacher teacher)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        if (teacher.Architecture.Shortcut != ShortcutForm.None)
        {
            throw new ArgumentException($"the spurious point is defined for the plain CNN; this teacher has the {teacher.Architecture.Shortcut} shortcut", nameof(teacher));
        }
        return teacher.UnitFilter();
    }
}
