using ResNetProofs.Numerics.Data;

namespace ResNetProofs.Numerics.Losses;

/// <summary>How the squared loss is normalised.</summary>
public enum SquaredNormalisation
{
    /// <summary>ℓ = (p − y)², as in the examples of Yun et al.</summary>
    Mean,

    /// <summary>ℓ = (p − y)²/2.</summary>
    Half,
}

/// <summary>Squared loss: ℓ = s·(p − y)² with s = 1 ("mean") or s = ½ ("half"); ℓ′ = 2s(p − y), ℓ″ = 2s.</summary>
public sealed class SquaredLoss : ILoss
{
    private readonly double _scale;

    /// <summary>Creates the squared loss with the given normalisation.</summary>
    public SquaredLoss(SquaredNormalisation normalisation)
    {
        Normalisation = normalisation;
        _scale = normalisation == SquaredNormalisation.Mean ? 1.0 : 0.5;
    }

    /// <summary>ℓ = (p − y)².</summary>
    public static SquaredLoss Mean { get; } = new(SquaredNormalisation.Mean);

    /// <summary>ℓ = (p − y)²/2.</summary>
    public static SquaredLoss Half { get; } = new(SquaredNormalisation.Half);

    /// <summary>The normalisation.</summary>
    public SquaredNormalisation Normalisation { get; }

    /// <inheritdoc/>
    public string Name => Normalisation == SquaredNormalisation.Mean ? "squared-mean" : "squared-half";

    /// <inheritdoc/>
    public double Value(double p, double y) => _scale * (p - y) * (p - y);

    /// <inheritdoc/>
    public double First(double p, double y) => 2 * _scale * (p - y);

    /// <inheritdoc/>
    public double Second(double p, double y) => 2 * _scale;

    /// <inheritdoc/>
    public double CurvatureBound => 2 * _scale;

    /// <inheritdoc/>
    public double SlopeBound => double.PositiveInfinity;

    /// <inheritdoc/>
    public void ValidateTargets(Dataset data) { }
}
