using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Enclosures;

/// <summary>∇²R·v and vᵀ∇²Rv enclosures at a point box against the float Hessian of <see cref="EmpiricalRisk"/>.</summary>
public class RiskEnclosureProductTests
{
    // Rounding of the float Hessian and of the float products H·v and vᵀHv (≈ 1e−14 of |H||v|), which the enclosure of
    // the exact product need not cover.
    private const double FloatSlack = 1e-12;

    public static TheoryData<string, ActivationKind> Cases()
    {
        var data = new TheoryData<string, ActivationKind>();
        foreach (var model in EnclosureCases.ModelNames)
        {
            foreach (var activation in RandomCases.Activations)
            {
                data.Add(model, activation);
            }
        }
        return data;
    }

    private static (RiskEnclosure Enclosure, MathNet.Numerics.LinearAlgebra.Matrix<double> H, double[] Theta, double[] V) Instance(string name, ActivationKind activation)
    {
        var model = EnclosureCases.Model(name, activation);
        var loss = LogCoshLoss.Instance;
        var (data, theta) = EnclosureCases.Draw(model, loss, seed: 31);
        var h = new EmpiricalRisk(model, data, loss) { ExploitSymmetry = false }.Hessian(theta);
        var v = RandomCases.GaussianVector(new Random(32), theta.Length);
        return (new RiskEnclosure(model, data, loss), h, theta, v);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HessianTimes_at_a_point_contains_the_float_Hessian_times_v(string name, ActivationKind activation)
    {
        var (enclosure, h, theta, v) = Instance(name, activation);
        var hv = enclosure.HessianTimes(RiskEnclosure.PointBox(theta), v);
        var floatHv = h * MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(v);
        var absHv = h.PointwiseAbs() * MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(v.Select(Math.Abs).ToArray());
        for (int p = 0; p < v.Length; p++)
        {
            Assert.True(EnclosureCases.ContainsWithin(hv[p], floatHv[p], FloatSlack * absHv[p]), $"(Hv)[{p}] = {floatHv[p]:R} outside {hv[p]}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Curvature_at_a_point_contains_the_float_quadratic_form(string name, ActivationKind activation)
    {
        var (enclosure, h, theta, v) = Instance(name, activation);
        var vv = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(v);
        var va = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(v.Select(Math.Abs).ToArray());
        double quadratic = vv * (h * vv);
        double scale = va * (h.PointwiseAbs() * va);
        var curvature = enclosure.Curvature(RiskEnclosure.PointBox(theta), v);
        Assert.True(EnclosureCases.ContainsWithin(curvature, quadratic, FloatSlack * scale), $"vᵀHv = {quadratic:R} outside {curvature}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HessianTimes_overlaps_the_full_Hessian_enclosure_times_v(string name, ActivationKind activation)
    {
        var (enclosure, _, theta, v) = Instance(name, activation);
        var box = RiskEnclosure.BallBox(theta, 1e-4);
        var direct = enclosure.HessianTimes(box, v);
        var viaMatrix = enclosure.Hessian(box).Hessian.Times(v);
        for (int p = 0; p < v.Length; p++)
        {
            // Two enclosures of the same set of values must intersect.
            Assert.True(direct[p].Lo <= viaMatrix[p].Hi && viaMatrix[p].Lo <= direct[p].Hi, $"(Hv)[{p}]: {direct[p]} and {viaMatrix[p]} are disjoint");
        }
    }
}
