using ResNetProofs.Numerics.Data;

namespace ResNetProofs.Numerics.Losses;

/// <summary>
/// The linear loss ℓ(p; y) = −y·p (ℓ′ = −y, ℓ″ = 0): minimising its empirical risk maximises the correlation (1/n)Σ y_i f(x_i),
/// e.g. with Rademacher signs y = σ. Convex (affine) but unbounded below; not in <see cref="LossCatalog"/>.
/// </summary>
public sealed class LinearLoss : ILoss
{
    /// <summary>The single instance.</summary>
    public static LinearLoss Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "linear";

    /// <inheritdoc/>
    public double Value(double p, double y) => -y * p;

    /// <inheritdoc/>
    public double First(double p, double y) => -y;

    /// <inheritdoc/>
    public double Second(double p, double y) => 0;

    /// <inheritdoc/>
    public double CurvatureBound => 0;

    /// <inheritdoc/>
    public double SlopeBound => double.PositiveInfinity;

    /// <inheritdoc/>
    public void ValidateTargets(Dataset data) { }
}
