using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Theorems;

public class BallConstrainedLinearRiskTests
{
    // "Within 1e−8 at convergence": the Frank–Wolfe gap of the returned u, far above the 1e−13 inner stop.
    private const double GapAtConvergence = 1e-8;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Matches_the_unconstrained_baseline_when_its_minimiser_is_inside(int lossIndex)
    {
        ILoss loss = lossIndex switch { 0 => SquaredLoss.Mean, 1 => LogisticLoss.Instance, _ => LogCoshLoss.Instance };
        var data = RandomCases.Data(new Random(70 + lossIndex), 40, 3, loss);
        var baseline = LinearBaseline.Minimize(data, loss, withBias: false);
        Assert.True(baseline.Attained);
        double radius = 2 * RandomCases.Norm(baseline.Weights) + 1;
        var ball = BallConstrainedLinearRisk.Minimize(data, loss, radius);
        Assert.Equal(BallConstrainedLinearRiskStatus.Interior, ball.Status);
        Assert.Equal(baseline.Value, ball.Value, 1e-14);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(baseline.Weights[k], ball.Minimizer[k], 1e-12);
        }
        Assert.InRange(ball.Gap, 0, GapAtConvergence);
    }

    [Theory]
    [InlineData(0, 0.05)]
    [InlineData(1, 0.1)]
    [InlineData(2, 0.2)]
    [InlineData(1, 0.9)]
    public void Lies_on_the_sphere_with_a_tight_lower_bound_when_the_baseline_is_outside(int lossIndex, double radiusFraction)
    {
        ILoss loss = lossIndex switch { 0 => SquaredLoss.Mean, 1 => LogisticLoss.Instance, _ => LogCoshLoss.Instance };
        var rng = new Random(80 + lossIndex);
        var data = RandomCases.Data(rng, 40, 3, loss);
        if (loss is SquaredLoss)
        {
            data = data.WithTargets(Enumerable.Range(0, 40).Select(i => (3 * data.Input(i)[0]) - data.Input(i)[2] + (0.1 * RandomCases.Gaussian(rng))).ToArray());
        }
        var baseline = LinearBaseline.Minimize(data, loss, withBias: false);
        double radius = radiusFraction * RandomCases.Norm(baseline.Weights);
        var ball = BallConstrainedLinearRisk.Minimize(data, loss, radius);
        Assert.Equal(BallConstrainedLinearRiskStatus.Boundary, ball.Status);
        Assert.True(RandomCases.Norm(ball.Minimizer) <= radius, "u must be feasible");
        Assert.Equal(radius, RandomCases.Norm(ball.Minimizer), radius * 1e-12);
        Assert.True(ball.LowerBound <= ball.Value);
        Assert.InRange(ball.Gap, 0, GapAtConvergence);
        Assert.True(ball.Multiplier > 0);
        Assert.True(ball.Value > baseline.Value);
    }

    [Fact]
    public void Separable_logistic_data_put_the_minimiser_on_the_sphere()
    {
        // y = sign(x₁): R_lin = 0 is not attained, so the ball minimum sits on the sphere for every D.
        var x = new double[][] { [1.0, 0.3], [2.0, -1.0], [0.5, 0.7], [-1.0, 0.2], [-0.4, -2.0], [-2.5, 1.0] };
        var data = Dataset.Create(x, x.Select(r => Math.Sign(r[0]) * 1.0).ToArray());
        foreach (double radius in new[] { 0.5, 3.0, 20.0 })
        {
            var ball = BallConstrainedLinearRisk.Minimize(data, LogisticLoss.Instance, radius);
            Assert.Equal(BallConstrainedLinearRiskStatus.Boundary, ball.Status);
            Assert.Equal(radius, RandomCases.Norm(ball.Minimizer), radius * 1e-12);
            Assert.InRange(ball.Gap, 0, GapAtConvergence);
        }
    }

    [Fact]
    public void Lower_bound_is_below_the_value_at_any_sampled_feasible_point()
    {
        // The certificate's meaning: no feasible u beats the lower bound (200 random points in the ball).
        var rng = new Random(91);
        var data = RandomCases.Data(rng, 30, 3, LogisticLoss.Instance);
        var ball = BallConstrainedLinearRisk.Minimize(data, LogisticLoss.Instance, 0.7);
        for (int s = 0; s < 200; s++)
        {
            var u = RandomCases.GaussianVector(rng, 3);
            double scale = 0.7 * rng.NextDouble() / RandomCases.Norm(u);
            double value = LinearBaseline.Risk(data, LogisticLoss.Instance, u.Select(v => v * scale).ToArray(), 0);
            Assert.True(value >= ball.LowerBound - 1e-14, $"sample {s}: {value} < {ball.LowerBound}");
        }
    }
}
