using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Enclosures;

/// <summary>
/// Box soundness: R, ∇R and ∇²R computed in floating point (<see cref="EmpiricalRisk"/>) at random points θ′ of a box of
/// radius 1e−3 lie inside the box enclosures, for every activation (ReLU away from kinks) and every loss.
/// </summary>
public class RiskEnclosureBoxTests
{
    private const double Radius = 1e-3;
    private const int PointsPerBox = 4;

    // The float values carry their own rounding (a few hundred roundings of O(1) terms, ≈ 1e−14 relative), which the
    // enclosure of the exact values need not cover; 1e−12 of the quantity's scale allows for it and is still ~1e−9 of the
    // box enclosures' widths (≈ 1e−3 relative), so a missing term or sign error could not hide in it.
    private const double FloatSlack = 1e-12;

    public static IReadOnlyList<ILoss> Losses { get; } = [SquaredLoss.Mean, SquaredLoss.Half, LogisticLoss.Instance, LogCoshLoss.Instance, LinearLoss.Instance];

    public static TheoryData<string, ActivationKind, int> Cases()
    {
        var data = new TheoryData<string, ActivationKind, int>();
        int seed = 100;
        foreach (var model in EnclosureCases.ModelNames)
        {
            foreach (var activation in RandomCases.Activations)
            {
                data.Add(model, activation, seed++);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Float_risk_gradient_and_Hessian_at_points_of_a_box_lie_inside_its_enclosures(string name, ActivationKind activation, int seed)
    {
        var model = EnclosureCases.Model(name, activation);
        foreach (var loss in Losses)
        {
            var (data, theta) = EnclosureCases.Draw(model, loss, seed);
            var risk = new EmpiricalRisk(model, data, loss) { ExploitSymmetry = false };
            var box = RiskEnclosure.BallBox(theta, Radius);
            var enclosure = new RiskEnclosure(model, data, loss).Hessian(box);
            Assert.Null(enclosure.Kink);
            var rng = new Random(seed);
            for (int trial = 0; trial < PointsPerBox; trial++)
            {
                var point = theta.Select(t => t + Radius * (2 * rng.NextDouble() - 1)).ToArray();
                string where = $"{name}/{activation}/{loss.Name}, point {trial}";
                double value = risk.Value(point);
                Assert.True(EnclosureCases.ContainsWithin(enclosure.Value, value, FloatSlack * Math.Abs(value)), $"{where}: R = {value:R} outside {enclosure.Value}");
                var g = risk.Gradient(point);
                double gScale = g.Max(Math.Abs);
                for (int p = 0; p < g.Length; p++)
                {
                    Assert.True(EnclosureCases.ContainsWithin(enclosure.Gradient[p], g[p], FloatSlack * gScale), $"{where}: ∂R/∂θ[{p}] = {g[p]:R} outside {enclosure.Gradient[p]}");
                }
                var h = risk.Hessian(point);
                double hScale = h.Enumerate().Max(Math.Abs);
                for (int i = 0; i < h.RowCount; i++)
                {
                    for (int j = 0; j < h.ColumnCount; j++)
                    {
                        Assert.True(EnclosureCases.ContainsWithin(enclosure.Hessian[i, j], h[i, j], FloatSlack * hScale), $"{where}: H[{i},{j}] = {h[i, j]:R} outside {enclosure.Hessian[i, j]}");
                    }
                }
            }
        }
    }
}
