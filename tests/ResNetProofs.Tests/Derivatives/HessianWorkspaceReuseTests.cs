using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Derivatives;

/// <summary>
/// The second-order buffers an <see cref="EmpiricalRisk"/> reuses across calls (its workspace) change no bit of a
/// Hessian or a Hessian-vector product, whatever ran before on the same risk and however many threads share it.
/// </summary>
public class HessianWorkspaceReuseTests
{
    // Blocks of 16 columns and P not a multiple of 16 (checked below), so both slot sizes are rented and reused.
    private static EmpiricalRisk Risk(int maxDegreeOfParallelism = 1)
    {
        var data = RandomCases.Data(new Random(11), 24, 4, SquaredLoss.Half);
        var model = new DeepResNet(4, [new ResidualBlockSpec(5, 0, 1, ActivationKind.Tanh, true), new ResidualBlockSpec(5, 3, 1, ActivationKind.Tanh, true)], true);
        return new EmpiricalRisk(model, data, SquaredLoss.Half) { HessianBlockSize = 16, MaxDegreeOfParallelism = maxDegreeOfParallelism };
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

    [Fact]
    public void A_Hessian_after_other_calls_on_the_same_risk_is_bitwise_the_fresh_risks_Hessian()
    {
        var reused = Risk();
        var rng = new Random(3);
        var first = RandomCases.GaussianVector(rng, reused.Dimension);
        var second = RandomCases.GaussianVector(rng, reused.Dimension);
        Assert.NotEqual(16 * (reused.Dimension / 16), reused.Dimension);
        reused.Hessian(first);
        reused.HessianVectorProduct(first, second, new double[reused.Dimension]);

        var expected = Risk().Hessian(second).ToColumnMajorArray();

        Assert.Equal(Bits(expected), Bits(reused.Hessian(second).ToColumnMajorArray()));
    }

    [Fact]
    public void A_Hessian_vector_product_after_a_Hessian_on_the_same_risk_is_bitwise_the_fresh_risks_product()
    {
        var reused = Risk();
        var rng = new Random(5);
        var theta = RandomCases.GaussianVector(rng, reused.Dimension);
        var v = RandomCases.GaussianVector(rng, reused.Dimension);
        var expected = new double[reused.Dimension];
        Risk().HessianVectorProduct(theta, v, expected);
        reused.Hessian(RandomCases.GaussianVector(rng, reused.Dimension));
        reused.HessianVectorProduct(RandomCases.GaussianVector(rng, reused.Dimension), v, new double[reused.Dimension]);

        var product = new double[reused.Dimension];
        reused.HessianVectorProduct(theta, v, product);

        Assert.Equal(Bits(expected), Bits(product));
    }

    [Fact]
    public void Two_threads_sharing_one_parallel_risk_get_bitwise_the_serial_Hessians()
    {
        var rng = new Random(9);
        var shared = Risk(maxDegreeOfParallelism: 2);
        var points = Enumerable.Range(0, 6).Select(_ => RandomCases.GaussianVector(rng, shared.Dimension)).ToArray();
        var expected = points.Select(theta => Bits(Risk().Hessian(theta).ToColumnMajorArray())).ToArray();

        var results = new long[points.Length][];
        Parallel.For(0, points.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, k =>
        {
            results[k] = Bits(shared.Hessian(points[k]).ToColumnMajorArray());
        });

        for (int k = 0; k < points.Length; k++)
        {
            Assert.Equal(expected[k], results[k]);
        }
    }
}
