using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Enclosures;

/// <summary>Small seeded instances for the enclosure tests, and containment helpers that judge in exact rationals.</summary>
public static class EnclosureCases
{
    public static IReadOnlyList<string> ModelNames { get; } = ["single-block-resnet", "deep-resnet", "one-hidden-layer"];

    /// <summary>Small models on R²: Shamir's block (k = 3), a two-block deep ResNet (width 2, m₂ = 2), a 3-unit one-hidden-layer net.</summary>
    public static IModel Model(string name, ActivationKind activation) => name switch
    {
        "single-block-resnet" => new SingleBlockResNet(2, 3, 1, activation, innerBias: true, outputBias: true),
        "deep-resnet" => new DeepResNet(2, [new ResidualBlockSpec(2, 0, 1, activation, true), new ResidualBlockSpec(2, 2, 1, activation, false)], outputBias: false),
        "one-hidden-layer" => new OneHiddenLayerNetwork(2, 3, activation, hiddenBias: true, outputBias: true),
        _ => throw new ArgumentException($"unknown model '{name}'", nameof(name)),
    };

    /// <summary>n Gaussian points in R², Gaussian targets (±1 for the logistic loss), and θ ~ N(0, 0.49 I) redrawn until every ReLU pre-activation is ≥ <paramref name="minKink"/> from 0.</summary>
    public static (Dataset Data, double[] Theta) Draw(IModel model, ILoss loss, int seed, int n = 5, double minKink = 0.05)
    {
        var rng = new Random(seed);
        var data = RandomCases.Data(rng, n, model.InputDimension, loss);
        var theta = RandomCases.PointAwayFromKinks(rng, new EmpiricalRisk(model, data, loss), minKink);
        return (data, theta);
    }

    /// <summary>Lo ≤ x ≤ Hi decided exactly (infinite endpoints bound everything).</summary>
    public static bool Contains(Interval interval, Rational x) =>
        (double.IsNegativeInfinity(interval.Lo) || Rational.FromDouble(interval.Lo) <= x)
        && (double.IsPositiveInfinity(interval.Hi) || x <= Rational.FromDouble(interval.Hi));

    /// <summary>The interval widened by <paramref name="slack"/> on both sides contains x (a float value with its own rounding error).</summary>
    public static bool ContainsWithin(Interval interval, double x, double slack) => interval.Lo - slack <= x && x <= interval.Hi + slack;
}
