using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Losses;

/// <summary>
/// Logistic loss for labels y ∈ {−1, +1}: ℓ = log(1 + e^{−yp}), ℓ′ = −y·σ(−yp), ℓ″ = σ(yp)σ(−yp) = e^{−|yp|}/(1 + e^{−|yp|})² ≤ ¼ (no cancellation),
/// with σ the logistic sigmoid; evaluated without overflow for any finite p.
/// </summary>
public sealed class LogisticLoss : ILoss
{
    /// <summary>The single instance.</summary>
    public static LogisticLoss Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "logistic";

    /// <inheritdoc/>
    public double Value(double p, double y)
    {
        double z = -y * p;
        return z > 0 ? z + AccurateMath.Log1p(Math.Exp(-z)) : AccurateMath.Log1p(Math.Exp(z));
    }

    /// <inheritdoc/>
    public double First(double p, double y) => -y * Sigmoid(-y * p);

    /// <inheritdoc/>
    public double Second(double p, double y) => AccurateMath.LogisticCurvature(y * p);

    /// <inheritdoc/>
    public double CurvatureBound => 0.25;

    /// <inheritdoc/>
    public double SlopeBound => 1.0;

    /// <inheritdoc/>
    public void ValidateTargets(Dataset data)
    {
        for (int i = 0; i < data.Count; i++)
        {
            double y = data.Target(i);
            if (y != 1.0 && y != -1.0)
            {
                throw new ArgumentException($"y[{i}] is {y.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}: the logistic loss needs labels ±1", nameof(data));
            }
        }
    }

    /// <summary>σ(z) = 1/(1 + e^{−z}), stable for large |z|.</summary>
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
