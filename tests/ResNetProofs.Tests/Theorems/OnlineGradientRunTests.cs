using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Tests.Theorems;

public class OnlineGradientRunTests
{
    [Fact]
    public void Two_steps_match_the_hand_computation()
    {
        // ℓ = (p − y)²/2, z_1 = (1, 2), y_1 = 1; z_2 = (0.5, −1), y_2 = 0; D = √2, G = 1, T = 2 ⇒ η = 1.
        // t = 1: p = 0, ℓ = 0.5, ℓ′ = −1, g = (−1, −2), (w, v) ← (1, 2).
        // t = 2: p = 0.5 − 2 = −1.5, ℓ = 1.125, ℓ′ = −1.5, g = (−0.75, 1.5), (w, v) ← (1.75, 0.5).
        var sequence = Dataset.Create([[1.0], [0.5]], [1.0, 0.0]);
        var run = OnlineGradientRun.Run(sequence, [2.0, -1.0], 1, SquaredLoss.Half, Math.Sqrt(2), 1);
        Assert.Equal(1.0, run.StepSize, 1e-15);
        Assert.Equal([0.5, 1.125], run.Losses);
        Assert.Equal(0.8125, run.AverageLoss, 1e-15);
        Assert.Equal(Math.Sqrt(5), run.MaxGradientNorm, 1e-15);
        Assert.Equal(Math.Sqrt(5), run.MaxFeatureNorm, 1e-15);
        Assert.Equal(1.75, run.FinalIterate[0], 1e-15);
        Assert.Equal(0.5, run.FinalIterate[1], 1e-15);
        Assert.InRange(run.IterateRoundingBound, 0, 1e-13);
    }

    [Fact]
    public void Rejects_mismatched_features_and_a_non_positive_radius()
    {
        var sequence = Dataset.Create([[1.0], [0.5]], [1.0, 0.0]);
        var shape = Assert.Throws<ArgumentException>(() => OnlineGradientRun.Run(sequence, [2.0], 1, SquaredLoss.Half, 1, 1));
        Assert.Contains("T·k", shape.Message, StringComparison.Ordinal);
        var radius = Assert.Throws<ArgumentException>(() => OnlineGradientRun.Run(sequence, [2.0, 1.0], 1, SquaredLoss.Half, 0, 1));
        Assert.Equal("radius", radius.ParamName);
        var nan = Assert.Throws<ArgumentException>(() => OnlineGradientRun.Run(sequence, [2.0, double.NaN], 1, SquaredLoss.Half, 1, 1));
        Assert.Contains("features[1][0]", nan.Message, StringComparison.Ordinal);
    }
}
