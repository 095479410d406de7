using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Bounds;

/// <summary>
/// A proof, by outward-rounded enclosures, that weight-normalised gradient descent on the plain CNN from a random start
/// (v uniform on the unit sphere, a uniform in the ball ‖a‖ ≤ R) fails with positive probability. The witness start is
/// θ₀ = (−ŵ*, a₀) with a₀ the point of the ball of radius R(1 − 2⁻²⁰) nearest to a_sp. At θ₀ the angle gap ε = π − φ is 0,
/// so the trap of <see cref="CnnSpuriousTrap"/> holds there with ρ = ‖a₀ − a_sp‖ when
/// (1) a_spᵀa* + ρ‖a*‖ &lt; 0 (alignment), (2) η &lt; 1/λ_max(H) = 1/(α + k/(2π)) (step), and ‖a₀‖ &lt; R (an interior start).
/// Every margin is continuous in θ and strict, so it holds on an open neighbourhood of θ₀, which the start distribution
/// charges with positive probability. Inside the trap aᵀa* &lt; 0, so L(φ, a) = L(π, a) − h(φ)aᵀa*/(2π) ≥ L(π, a) ≥ L(π, a_sp)
/// = L(θ_sp): when (3) L(θ_sp) &gt; ε_L·½E y², no such run ever reaches the loss threshold. Derived (this project), from the
/// closed forms of theorems.md; a_sp and L(θ_sp) are evaluated in interval arithmetic from the unit teacher (w*/‖w*‖, ‖w*‖a*).
/// </summary>
public static class CnnTrapWitness
{
    /// <summary>Relative shrink of the init ball for the witness readout: a₀ lies strictly inside, by 2⁻²⁰·R.</summary>
    public const double InteriorShrink = 1.0 / (1 << 20);

    /// <summary>
    /// The witness for <paramref name="teacher"/> (plain CNN), step <paramref name="stepSize"/> η, init radius <paramref name="radius"/> R
    /// and relative loss threshold <paramref name="relativeLossTolerance"/> ε_L (the run "reaches" when L ≤ ε_L·½E y²).
    /// </summary>
    /// <exception cref="ArgumentException">The teacher has a shortcut.</exception>
    public static CnnTrapWitnessResult Evaluate(CnnTeacher teacher, double stepSize, double radius, double relativeLossTolerance)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        if (teacher.Architecture.Shortcut != ShortcutForm.None)
        {
            throw new ArgumentException($"the witness is for the plain CNN; this teacher has the {teacher.Architecture.Shortcut} shortcut", nameof(teacher));
        }
        int k = teacher.Architecture.Patches;
        var pi = Interval.Pi;
        var twoPi = pi * 2;
        var alpha = (pi - 1) / twoPi;
        var m2 = Interval.Point(1) / twoPi;

        // The unit teacher: a* ↦ ‖w*‖a* (relu is positively homogeneous).
        var filter = teacher.Filter.Select(Interval.Point).ToArray();
        var filterNorm = Interval.Norm(filter);
        var aStar = teacher.Readout.Select(x => Interval.Point(x) * filterNorm).ToArray();
        var sStar = Interval.Sum(aStar);
        var aStarNorm = Interval.Norm(aStar);

        // a_sp = (π s*/(k + π − 1)·1 − a*)/(π − 1) (Sherman–Morrison; CnnSpuriousPoint).
        var shift = pi * sStar / (pi + (k - 1));
        var asp = aStar.Select(a => (shift - a) / (pi - 1)).ToArray();
        var alignment = Interval.Dot(asp, aStar);

        // The witness readout a₀, chosen in floats (any point will do; its margins are then enclosed).
        var aspMid = asp.Select(a => 0.5 * (a.Lo + a.Hi)).ToArray();
        double aspMidNorm = Math.Sqrt(aspMid.Sum(x => x * x));
        double inner = radius * (1 - InteriorShrink);
        var a0 = aspMidNorm <= inner ? aspMid : aspMid.Select(x => x * inner / aspMidNorm).ToArray();
        var a0Interval = a0.Select(Interval.Point).ToArray();
        var gap = Interval.Norm(a0Interval.Select((a, j) => a - asp[j]).ToArray());
        var a0Norm = Interval.Norm(a0Interval);

        // 2L(θ_sp) = α‖a_sp‖² + m²S_sp² + 2m²(a_spᵀa* − S_sp s*) + α‖a*‖² + m²s*² (φ = π: κ = 0); ½E y² = (α‖a*‖² + m²s*²)/2.
        var sSp = Interval.Sum(asp);
        var teacherEnergy = (alpha * Interval.Sqr(aStarNorm)) + (m2 * Interval.Sqr(sStar));
        var spuriousLoss = ((alpha * Interval.Sqr(Interval.Norm(asp))) + (m2 * Interval.Sqr(sSp)) + (m2 * 2 * (alignment - (sSp * sStar))) + teacherEnergy) / 2;
        var threshold = Interval.Point(relativeLossTolerance) * teacherEnergy / 2;

        var lambdaMax = alpha + (Interval.Point(k) / twoPi);
        return new CnnTrapWitnessResult
        {
            WitnessReadout = a0,
            ReadoutGap = gap,
            AlignmentMargin = -(alignment + (gap * aStarNorm)),
            StepMargin = (Interval.Point(1) / lambdaMax) - stepSize,
            InteriorMargin = Interval.Point(radius) - a0Norm,
            SpuriousLoss = spuriousLoss,
            LossThreshold = threshold,
        };
    }
}
