using ResNetProofs.Numerics.Data;

namespace ResNetProofs.Numerics.Losses;

/// <summary>
/// A per-sample loss ℓ(p; y), convex and twice differentiable in the prediction p.
/// <see cref="First"/> is ∂ℓ/∂p and <see cref="Second"/> is ∂²ℓ/∂p².
/// </summary>
public interface ILoss
{
    /// <summary>Stable name used in instance files: "squared-mean", "squared-half", "logistic", "log-cosh".</summary>
    string Name { get; }

    /// <summary>ℓ(p; y).</summary>
    double Value(double p, double y);

    /// <summary>ℓ′(p; y) = ∂ℓ/∂p.</summary>
    double First(double p, double y);

    /// <summary>ℓ″(p; y) = ∂²ℓ/∂p² (≥ 0).</summary>
    double Second(double p, double y);

    /// <summary>μ with 0 ≤ ℓ″ ≤ μ everywhere, or +∞ if unbounded.</summary>
    double CurvatureBound { get; }

    /// <summary>G_ℓ with |ℓ′| ≤ G_ℓ everywhere, or +∞ if unbounded.</summary>
    double SlopeBound { get; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the index and value if a target is outside the loss's label set.</summary>
    void ValidateTargets(Dataset data);
}
