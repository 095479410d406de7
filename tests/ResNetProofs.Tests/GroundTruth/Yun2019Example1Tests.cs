using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;
using NumericTolerances = ResNetProofs.Numerics.Precision.Tolerances;

namespace ResNetProofs.Tests.GroundTruth;

/// <summary>
/// Every closed form of Yun et al. (2019) Example 1 (theorems.md <c>yun2019.example1</c>) asserted directly, so the snapshot
/// snapshots/Yun2019/Example1.verified.json is not their only guard.
/// </summary>
public sealed class Yun2019Example1Tests
{
    /// <summary>R_lin, R₂ and the hinge fits are sums of 6 terms of size ≤ ρ²·25 and one SVD: a few ulps; 1e−12 relative leaves room.</summary>
    private const double Relative = 1e-12;

    public static TheoryData<double> Rhos() => new(Yun2019Example1.Rhos);

    [Theory]
    [MemberData(nameof(Rhos))]
    public void Affine_linear_risk_is_8_rho_squared_over_15(double rho)
    {
        double linear = LinearBaseline.Minimize(Yun2019Example1.Data(rho), SquaredLoss.Mean, withBias: true).Value;

        AssertRelative(8 * rho * rho / 15, linear);
    }

    [Theory]
    [MemberData(nameof(Rhos))]
    public void ResNet_risk_at_theta2_is_the_papers_closed_form(double rho)
    {
        double risk = new PointEvidence(Yun2019Example1.Theta2(rho)).Value;

        AssertRelative(rho * rho * ((12 * rho * rho) + (82 * rho) + 215) / ((21 * rho * rho) + (156 * rho) + 420), risk);
    }

    [Fact]
    public void Crossover_is_the_positive_root_of_4_rho_squared_minus_6_rho_minus_45()
    {
        double root = Yun2019Example1.Crossover;

        Assert.Equal(4.186932, root, 6);
        Assert.True(Math.Abs(Yun2019Example1.CrossoverQuadratic(root)) < 1e-12, $"4ρ² − 6ρ − 45 = {Yun2019Example1.CrossoverQuadratic(root)} at ρ* = {root}");
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0)]
    [InlineData(4.0)]
    [InlineData(4.18)]
    [InlineData(4.19)]
    [InlineData(5.0)]
    [InlineData(10.0)]
    public void Theta2_beats_linear_exactly_below_the_crossover(double rho)
    {
        double risk = new PointEvidence(Yun2019Example1.Theta2(rho)).Value;
        double linear = LinearBaseline.Minimize(Yun2019Example1.Data(rho), SquaredLoss.Mean, withBias: true).Value;

        Assert.Equal(rho < Yun2019Example1.Crossover, risk < linear);
    }

    [Theory]
    [MemberData(nameof(Rhos))]
    public void Hinge_fit_with_the_kink_on_x_2_or_3_attains_29_rho_squared_over_57(double rho)
    {
        AssertRelative(29 * rho * rho / 57, Yun2019Example1.HingeFitAtDataPoint(rho, 2));
        AssertRelative(29 * rho * rho / 57, Yun2019Example1.HingeFitAtDataPoint(rho, 3));
    }

    [Fact]
    public void Best_fully_connected_value_found_from_seeded_starts_does_not_beat_linear()
    {
        const double rho = 1;
        var runs = Yun2019Example1.Search(Yun2019Example1.FullyConnected(), rho, 20);

        double best = runs.Min(r => r.Value);

        // The global minimum of f₁ equals R_lin, so the best run reaches R_lin (to rounding) and never goes below it.
        Assert.InRange(best, (8.0 / 15) * (1 - 1e-12), (8.0 / 15) * (1 + 1e-8));
    }

    [Fact]
    public void Best_differentiable_ResNet_local_minimum_found_is_no_better_than_29_rho_squared_over_57()
    {
        const double rho = 1;
        var model = Yun2019Example1.ResNet();
        var minima = Yun2019Example1.Search(model, rho, 20)
            .Where(r => r.StopReason == RefinementStopReason.Converged)
            .Select(r => new PointEvidence(Yun2019Example1.At(model, rho, r.Theta, "resnet"), r))
            .Where(at => !at.Kink.IsAtKink(NumericTolerances.KinkAbsolute) && CommonChecks.IsLocalMinimum(at).Outcome != CheckOutcome.Fails)
            .ToArray();

        Assert.NotEmpty(minima);
        Assert.True(minima.Min(at => at.Value) >= (29.0 / 57) * (1 - 1e-12), $"best differentiable local minimum {minima.Min(at => at.Value)} < 29/57");
    }

    private static void AssertRelative(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= Relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):G3} > {Relative:G3})");
}
