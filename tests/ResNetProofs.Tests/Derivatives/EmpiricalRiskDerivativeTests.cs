using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Derivatives;

/// <summary>Exact derivatives of the empirical risk against central differences, for every model, loss and activation.</summary>
public class EmpiricalRiskDerivativeTests
{
    // Central differences have truncation error O(h²·R‴) and rounding error O(u·R/h); h = 1e-5 balances them
    // far below the 1e-6 relative tolerance the issue sets.
    private const double Step = 1e-5;
    private const double RelativeTolerance = 1e-6;

    public static TheoryData<int, int, int, int> Cases()
    {
        var data = new TheoryData<int, int, int, int>();
        int seed = 1;
        foreach (var (n, d) in new[] { (5, 1), (12, 3), (30, 5) })
        {
            for (int a = 0; a < RandomCases.Activations.Count; a++)
            {
                for (int l = 0; l < RandomCases.Losses.Count; l++)
                {
                    data.Add(n, d, a, l * 1000 + seed++);
                }
            }
        }
        return data;
    }

    private static IEnumerable<(string Name, EmpiricalRisk Risk, double[] Theta, Random Rng)> Instances(int n, int d, int activation, int seed)
    {
        var rng = new Random(seed);
        var loss = RandomCases.Losses[seed / 1000];
        var data = RandomCases.Data(rng, n, d, loss);
        foreach (var (name, model) in RandomCases.Models(d, RandomCases.Activations[activation]))
        {
            var risk = new EmpiricalRisk(model, data, loss);
            yield return ($"{name}/{loss.Name}/{RandomCases.Activations[activation]}", risk, RandomCases.PointAwayFromKinks(rng, risk), rng);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gradient_matches_central_differences_along_random_directions(int n, int d, int activation, int seed)
    {
        foreach (var (name, risk, theta, rng) in Instances(n, d, activation, seed))
        {
            var g = risk.Gradient(theta);
            for (int trial = 0; trial < 3; trial++)
            {
                var v = RandomCases.GaussianVector(rng, risk.Dimension);
                double exact = RandomCases.VectorDot(g, v);
                double fd = (risk.Value(RandomCases.Shifted(theta, v, Step)) - risk.Value(RandomCases.Shifted(theta, v, -Step))) / (2 * Step);
                double scale = Math.Max(RandomCases.Norm(g) * RandomCases.Norm(v), 1e-3);
                Assert.True(Math.Abs(exact - fd) <= RelativeTolerance * scale, $"{name}: gᵀv = {exact:R}, difference quotient {fd:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hessian_vector_product_matches_differences_of_the_exact_gradient(int n, int d, int activation, int seed)
    {
        foreach (var (name, risk, theta, rng) in Instances(n, d, activation, seed))
        {
            var v = RandomCases.GaussianVector(rng, risk.Dimension);
            var hv = new double[risk.Dimension];
            risk.HessianVectorProduct(theta, v, hv);
            var gPlus = risk.Gradient(RandomCases.Shifted(theta, v, Step));
            var gMinus = risk.Gradient(RandomCases.Shifted(theta, v, -Step));
            double err = 0;
            for (int p = 0; p < hv.Length; p++)
            {
                double fd = (gPlus[p] - gMinus[p]) / (2 * Step);
                err = Math.Max(err, Math.Abs(fd - hv[p]));
            }
            double scale = Math.Max(RandomCases.Norm(hv), 1e-3);
            Assert.True(err <= RelativeTolerance * scale, $"{name}: max |Hv − FD| = {err:E3}, ‖Hv‖ = {scale:E3}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hessian_computed_entry_by_entry_is_symmetric_to_rounding(int n, int d, int activation, int seed)
    {
        foreach (var (name, risk, theta, _) in Instances(n, d, activation, seed))
        {
            var independent = new EmpiricalRisk(risk.Model, risk.Data, risk.Loss) { ExploitSymmetry = false, HessianBlockSize = 7 };
            var h = independent.Hessian(theta);
            double norm = h.FrobeniusNorm();
            double asym = (h - h.Transpose()).FrobeniusNorm();
            Assert.True(asym <= 1e-13 * Math.Max(norm, 1e-300) * risk.Dimension, $"{name}: ‖H − Hᵀ‖ = {asym:E3}, ‖H‖ = {norm:E3}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Full_Hessian_equals_the_Hessian_vector_product_in_every_entry(int n, int d, int activation, int seed)
    {
        foreach (var (name, risk, theta, rng) in Instances(n, d, activation, seed))
        {
            var h = new EmpiricalRisk(risk.Model, risk.Data, risk.Loss) { HessianBlockSize = 5 }.Hessian(theta);
            double norm = h.FrobeniusNorm();
            for (int column = 0; column < risk.Dimension; column += 3)
            {
                var e = new double[risk.Dimension];
                e[column] = 1;
                var he = new double[risk.Dimension];
                risk.HessianVectorProduct(theta, e, he);
                for (int p = 0; p < he.Length; p++)
                {
                    Assert.True(Math.Abs(he[p] - h[p, column]) <= 1e-13 * (norm + 1e-300), $"{name}: H[{p},{column}] = {h[p, column]:R}, (H e)[{p}] = {he[p]:R}");
                }
            }

            var v = RandomCases.GaussianVector(rng, risk.Dimension);
            var hv = new double[risk.Dimension];
            risk.HessianVectorProduct(theta, v, hv);
            var hTimesV = h * MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(v);
            for (int p = 0; p < hv.Length; p++)
            {
                Assert.True(Math.Abs(hv[p] - hTimesV[p]) <= 1e-12 * (norm * RandomCases.Norm(v) + 1e-300), $"{name}: (Hv)[{p}] = {hv[p]:R}, H·v = {hTimesV[p]:R}");
            }
        }
    }

    [Fact]
    public void Parallel_Hessian_is_bitwise_equal_to_the_serial_one()
    {
        var rng = new Random(7);
        var data = RandomCases.Data(rng, 40, 4, SquaredLoss.Half);
        var model = new DeepResNet(4, [new ResidualBlockSpec(5, 0, 1, ActivationKind.Tanh, true), new ResidualBlockSpec(5, 3, 1, ActivationKind.Tanh, true)], true);
        var serial = new EmpiricalRisk(model, data, SquaredLoss.Half) { HessianBlockSize = 16 };
        var parallel = new EmpiricalRisk(model, data, SquaredLoss.Half) { HessianBlockSize = 16, MaxDegreeOfParallelism = 2 };
        var theta = RandomCases.GaussianVector(rng, serial.Dimension);
        Assert.Equal(serial.Hessian(theta).ToColumnMajorArray(), parallel.Hessian(theta).ToColumnMajorArray());
    }
}
