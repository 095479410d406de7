using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Enclosures;

/// <summary>
/// Point enclosures of R, ∇R and ∇²R against exact rational values (<see cref="ExactRisk"/>), for identity and ReLU
/// (away from kinks) networks under the squared loss: they must contain the exact value and be tight.
/// </summary>
public class RiskEnclosureExactTests
{
    // Tightness target from the issue: a point enclosure is only a few hundred roundings wide, so relative to the
    // scale of the quantity it should be far below 1e-10 for well-scaled data (O(1) inputs and parameters).
    private const double RelativeWidth = 1e-10;

    public static TheoryData<string, ActivationKind, int> Cases()
    {
        var data = new TheoryData<string, ActivationKind, int>();
        int seed = 11;
        foreach (var model in EnclosureCases.ModelNames)
        {
            foreach (var activation in new[] { ActivationKind.Identity, ActivationKind.Relu })
            {
                data.Add(model, activation, seed++);
            }
        }
        return data;
    }

    private static (IModel Model, Numerics.Data.Dataset Data, double[] Theta, SquaredLoss Loss) Instance(string name, ActivationKind activation, int seed)
    {
        var loss = seed % 2 == 0 ? SquaredLoss.Mean : SquaredLoss.Half;
        var model = EnclosureCases.Model(name, activation);
        var (data, theta) = EnclosureCases.Draw(model, loss, seed);
        return (model, data, theta, loss);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Point_enclosure_of_the_risk_contains_the_exact_value_and_is_tight(string name, ActivationKind activation, int seed)
    {
        var (model, data, theta, loss) = Instance(name, activation, seed);
        var enclosure = new RiskEnclosure(model, data, loss).Value(RiskEnclosure.PointBox(theta));
        var exact = ExactRisk.Value(model, data, loss, theta);
        Assert.True(EnclosureCases.Contains(enclosure, exact), $"R = {exact} is outside {enclosure}");
        double relative = enclosure.Width / Math.Abs(exact.ToDouble());
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}/{activation}: R width {enclosure.Width:E2}, relative {relative:E2}");
        Assert.True(relative <= RelativeWidth, $"relative width {relative:E2} of {enclosure}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Point_enclosure_of_the_gradient_contains_the_exact_gradient_and_is_tight(string name, ActivationKind activation, int seed)
    {
        var (model, data, theta, loss) = Instance(name, activation, seed);
        var enclosure = new RiskEnclosure(model, data, loss).Gradient(RiskEnclosure.PointBox(theta));
        var exact = ExactRisk.Gradient(model, data, loss, theta);
        double scale = exact.Max(g => Math.Abs(g.ToDouble()));
        Assert.Null(enclosure.Kink);
        for (int p = 0; p < exact.Length; p++)
        {
            Assert.True(EnclosureCases.Contains(enclosure.Gradient[p], exact[p]), $"∂R/∂θ[{p}] = {exact[p]} is outside {enclosure.Gradient[p]}");
            Assert.True(enclosure.Gradient[p].Width <= RelativeWidth * scale, $"θ[{p}]: width {enclosure.Gradient[p].Width:E2} against scale {scale:E2}");
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}/{activation}: max gradient width / max |g| = {enclosure.Gradient.Max(g => g.Width) / scale:E2}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Point_enclosure_of_the_Hessian_contains_the_exact_Hessian_and_is_tight(string name, ActivationKind activation, int seed)
    {
        var (model, data, theta, loss) = Instance(name, activation, seed);
        var enclosure = new RiskEnclosure(model, data, loss).Hessian(RiskEnclosure.PointBox(theta));
        var exact = ExactRisk.Hessian(model, data, loss, theta);
        int dim = theta.Length;
        double scale = 0, widest = 0;
        for (int i = 0; i < dim; i++)
        {
            for (int j = 0; j < dim; j++)
            {
                scale = Math.Max(scale, Math.Abs(exact[i, j].ToDouble()));
                widest = Math.Max(widest, enclosure.Hessian[i, j].Width);
            }
        }
        for (int i = 0; i < dim; i++)
        {
            for (int j = 0; j < dim; j++)
            {
                Assert.True(EnclosureCases.Contains(enclosure.Hessian[i, j], exact[i, j]), $"H[{i},{j}] = {exact[i, j]} is outside {enclosure.Hessian[i, j]}");
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}/{activation}: P = {dim}, max Hessian width / max |H| = {widest / scale:E2}");
        Assert.True(widest <= RelativeWidth * scale, $"widest Hessian entry {widest:E2} against scale {scale:E2}");
    }
}
