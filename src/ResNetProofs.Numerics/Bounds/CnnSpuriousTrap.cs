using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;

namespace ResNetProofs.Numerics.Bounds;

/// <summary>
/// A certificate (derived) that weight-normalised fixed-step descent on the plain CNN, from an iterate (v, a), converges to the spurious
/// point (−w*, a_sp) (unit teacher). On the sphere L(φ, a) = L(π, a) − h(φ)·aᵀa*/(2π) with L(π, ·) a quadratic of Hessian
/// H = αI + (1/(2π))11ᵀ minimised at a_sp, so a_{t+1} − a_sp = (I − ηH)(a_t − a_sp) + η·h(φ_t)a*/(2π). If η ≤ 1/λ_max(H) the ball
/// ‖a − a_sp‖ ≤ ρ, ρ ≥ h(φ_T)‖a*‖/(2πα), is invariant while h(φ_t) ≤ h(φ_T); if aᵀa* &lt; 0 on it, −∂L/∂φ &gt; 0 turns v away from w*,
/// by an angle ≤ η·ε²|aᵀa*|/(2π‖v‖²) ≤ 2ε, so ε = π − φ never grows (‖v‖ never shrinks), then falls like 1/t, and a → a_sp.
/// </summary>
public static class CnnSpuriousTrap
{
    /// <summary>The margins at the weight-normalised iterate θ = (v, a) for step η (teacher: plain CNN, any ‖w*‖).</summary>
    /// <exception cref="ArgumentException">θ has the wrong length or v = 0; the teacher has a shortcut.</exception>
    public static CnnSpuriousTrapResult Evaluate(CnnTeacher teacher, IReadOnlyList<double> theta, double stepSize)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var unit = CnnSpuriousPoint.Unit(teacher);
        int p = unit.Architecture.PatchDimension, k = unit.Architecture.Patches;
        if (theta.Count != p + k)
        {
            throw new ArgumentException($"theta has {theta.Count} entries but p + k = {p + k}", nameof(theta));
        }
        var v = theta.Take(p).ToArray();
        double vNorm = ArcCosineKernel.Norm(v);
        if (!(vNorm > 0))
        {
            throw new ArgumentException("v = 0: the weight-normalised filter is undefined", nameof(theta));
        }
        double alpha = (Math.PI - 1) / (2 * Math.PI);
        double lambdaMax = alpha + (k / (2 * Math.PI));
        var asp = CnnSpuriousPoint.Readout(teacher);
        double eps = Math.PI - ArcCosineKernel.Angle(v, unit.Filter.ToArray());
        double gap2 = 0;
        for (int j = 0; j < k; j++)
        {
            double d = theta[p + j] - asp[j];
            gap2 += d * d;
        }
        double gap = Math.Sqrt(gap2);
        double aNorm = unit.ReadoutNorm;
        double rho = Math.Max(gap, ArcCosineKernel.Shape(Math.PI - eps) * aNorm / (2 * Math.PI * alpha));
        double alignment = CnnSpuriousPoint.Alignment(teacher);
        var loss = new CnnPopulationLoss(unit);
        return new CnnSpuriousTrapResult
        {
            AngleGap = eps,
            ReadoutGap = gap,
            Radius = rho,
            AlignmentMargin = -(alignment + (rho * aNorm)),
            StepMargin = (1 / lambdaMax) - stepSize,
            OvershootMargin = (4 * Math.PI * vNorm * vNorm) - (stepSize * eps * (Math.Abs(alignment) + (rho * aNorm))),
            SpuriousLoss = loss.Value(CnnSpuriousPoint.Point(teacher)),
            Scale = Math.Max(1, Math.Max(aNorm * aNorm, vNorm * vNorm)),
        };
    }
}
