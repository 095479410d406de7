using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Kernels;

/// <summary>
/// E_{g~N(0,1)}[σ(g)²] and c_σ = 1/E[σ(g)²] (Du et al. 2019) by the trapezoidal rule on [−Z, Z], Z = 12, step h = 1/32.
/// For σ analytic in the strip |Im z| &lt; a (softplus: a = π, tanh: a = π/2) the trapezoidal rule on R converges like
/// e^{−2π·a′/h} for any a′ &lt; a (a′ = 1.5 gives e^{−301}); the truncated tail is below (Z+1)²·φ(Z)/Z ≈ 4e−31. What remains
/// is rounding of an N = 769-term sum of positive terms: relative error ≤ N·u ≈ 8.5e−14 (<see cref="RelativeErrorBound"/>).
/// </summary>
public static class GaussianSecondMoment
{
    /// <summary>Half-width Z of the truncated domain: φ(12) ≈ 2.4e−32, so the tail is far below u.</summary>
    public const double HalfWidth = 12;

    /// <summary>Default step h = 1/32: the discretisation error e^{−2π·1.5·32} is negligible next to rounding.</summary>
    public const double DefaultStep = 1.0 / 32;

    /// <summary>Relative error bound of <see cref="Compute"/> at the default step: N·u with N = 2Z/h + 1 = 769 nodes (tail and discretisation are below u).</summary>
    public static double RelativeErrorBound => ((2 * HalfWidth / DefaultStep) + 1) * Tolerances.UnitRoundoff;

    /// <summary>E[σ(g)²], g ~ N(0, 1), by the trapezoidal rule with step <paramref name="step"/> ∈ (0, 1] on [−12, 12].</summary>
    /// <exception cref="ArgumentOutOfRangeException">step is not in (0, 1], or σ is ReLU (not analytic: the rule loses its exponential rate).</exception>
    public static double Compute(ActivationKind activation, double step = DefaultStep)
    {
        if (!(step > 0 && step <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"step is {step}: it must lie in (0, 1]");
        }
        if (activation == ActivationKind.Relu)
        {
            throw new ArgumentOutOfRangeException(nameof(activation), activation, "relu is not analytic; the wide ResNet needs a smooth activation (softplus, tanh, identity)");
        }
        int half = (int)Math.Round(HalfWidth / step);
        double sum = 0;
        for (int k = -half; k <= half; k++)
        {
            double z = k * step;
            double s = Activation.Value(activation, z);
            sum += s * s * Math.Exp(-0.5 * z * z);
        }
        return sum * step / Math.Sqrt(2 * Math.PI);
    }

    /// <summary>c_σ = 1/E[σ(g)²] (Du et al. 2019's normalisation, so ‖x^(1)‖² ≈ 1 at initialisation); relative error ≤ <see cref="RelativeErrorBound"/>.</summary>
    public static double NormalizingConstant(ActivationKind activation) => 1 / Compute(activation);
}
