using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Losses;

/// <summary>
/// Log-cosh loss, a smooth convex robust loss: ℓ = log cosh(p − y), ℓ′ = tanh(p − y), ℓ″ = 1 − tanh²(p − y) ∈ (0, 1].
/// Evaluated as |r| + log1p(e^{−2|r|}) − log 2 so it never overflows.
/// </summary>
public sealed class LogCoshLoss : ILoss
{
    /// <summary>The single instance.</summary>
    public static LogCoshLoss Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "log-cosh";

    /// <inheritdoc/>
    public double Value(double p, double y)
    {
        double r = Math.Abs(p - y);
        return r + AccurateMath.Log1p(Math.Exp(-2 * r)) - Math.Log(2);
    }

    /// <inheritdoc/>
    public double First(double p, double y) => Math.Tanh(p - y);

    /// <inheritdoc/>
    public double Second(double p, double y) => AccurateMath.SechSquared(p - y);

    /// <inheritdoc/>
    public double CurvatureBound => 1.0;

    /// <inheritdoc/>
    public double SlopeBound => 1.0;

    /// <inheritdoc/>
    public void ValidateTargets(Dataset data) { }
}
