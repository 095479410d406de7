using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Properties;

/// <summary>
/// R is constant along each continuous symmetry orbit (ReLU rescaling, identity-layer mixing), so at every θ the exact
/// gradient is orthogonal to every symmetry tangent: ∇R(θ)ᵀv = 0 up to rounding.
/// </summary>
public class SymmetryProperties
{
    // Bounded entries: FsCheck's default double generator yields NaN, ±∞ and 1e308 (style.md), so draw from [−2, 2].
    private static Gen<double[]> Entries(int length) =>
        Gen.Choose(-2000, 2000).Select(k => k / 1000.0).ArrayOf(length);

    private static Gen<(EmpiricalRisk Risk, double[] Theta)> Instances() =>
        from d in Gen.Choose(1, 4)
        from n in Gen.Choose(2, 12)
        from width in Gen.Choose(1, 4)
        from identity in Gen.Elements(false, true)
        from x in Entries(n * d)
        from y in Entries(n)
        let activation = identity ? ActivationKind.Identity : ActivationKind.Relu
        let model = new DeepResNet(d, [new ResidualBlockSpec(width, 0, 1, activation, true), new ResidualBlockSpec(width, width, 0, activation, false)], true)
        let risk = new EmpiricalRisk(model, Dataset.FromRowMajor(x, d, y), SquaredLoss.Half)
        from theta in Entries(risk.Dimension)
        select (risk, theta);

    [Property(MaxTest = 200, Replay = "20261123,1")]
    public Property Gradient_is_orthogonal_to_every_symmetry_tangent() =>
        Prop.ForAll(Instances().ToArbitrary(), instance =>
        {
            var (risk, theta) = instance;
            var g = risk.Gradient(theta);
            double gNorm = Math.Sqrt(g.Sum(v => v * v));
            foreach (var (name, v) in ContinuousSymmetries.At(risk.Model.Graph, theta))
            {
                double dot = 0, vNorm = 0;
                for (int p = 0; p < v.Length; p++)
                {
                    dot += g[p] * v[p];
                    vNorm += v[p] * v[p];
                }
                // Rounding of a P-term dot product: |error| ≤ P·u·‖g‖‖v‖ (with a factor 100 for the gradient's own rounding).
                double bound = 100 * v.Length * 1.1e-16 * gNorm * Math.Sqrt(vNorm) + 1e-300;
                if (Math.Abs(dot) > bound)
                {
                    return false.Label($"{name}: gᵀv = {dot:E3} > {bound:E3}");
                }
            }
            return true.ToProperty();
        });
}
