using ResNetProofs.Numerics.Derivatives;

namespace ResNetProofs.Numerics.Instances;

/// <summary>
/// First-order facts about an instance at its θ: the risk R(θ), the exact gradient ∇R(θ) (reverse mode) with its
/// Euclidean and max norms, and the kink distance (absolute, in pre-activation units; +∞ without ReLU).
/// </summary>
/// <param name="Risk">R(θ) = (1/n) Σ ℓ(f(x_i; θ); y_i).</param>
/// <param name="Gradient">∇R(θ), length P, in the storage order of the parameter layout.</param>
/// <param name="GradientNorm">‖∇R(θ)‖₂.</param>
/// <param name="GradientMaxAbs">‖∇R(θ)‖∞ = max_p |∂R/∂θ_p|.</param>
/// <param name="Kink">The smallest |pre-activation| over ReLU units and data points, and where it occurs.</param>
public sealed record InstanceEvaluation(double Risk, double[] Gradient, double GradientNorm, double GradientMaxAbs, KinkReport Kink)
{
    /// <summary>True when R and ∇R are finite (an overflow in f or ℓ makes them ±∞ or NaN).</summary>
    public bool IsFinite => double.IsFinite(Risk) && double.IsFinite(GradientNorm);

    /// <summary>Evaluates R, ∇R and the kink distance of <paramref name="instance"/> at its parameters.</summary>
    public static InstanceEvaluation Evaluate(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var risk = instance.CreateRisk();
        var gradient = new double[risk.Dimension];
        double value = risk.ValueAndGradient(instance.Parameters, gradient);
        double maxAbs = 0;
        foreach (double g in gradient)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(g));
        }
        // ‖g‖₂ = m·‖g/m‖₂ with m = ‖g‖∞, so the squares neither overflow nor underflow.
        double sumOfSquares = 0;
        if (maxAbs > 0 && double.IsFinite(maxAbs))
        {
            foreach (double g in gradient)
            {
                sumOfSquares += (g / maxAbs) * (g / maxAbs);
            }
        }
        double norm = maxAbs > 0 && double.IsFinite(maxAbs) ? maxAbs * Math.Sqrt(sumOfSquares) : maxAbs;
        return new InstanceEvaluation(value, gradient, norm, maxAbs, risk.KinkDistance(instance.Parameters));
    }
}
