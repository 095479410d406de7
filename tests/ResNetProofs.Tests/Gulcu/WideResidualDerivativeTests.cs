using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Tests.Gulcu;

/// <summary>The exact Jacobian of the wide ResNet against central differences, and J Jᵀ against the factored per-layer Gram.</summary>
public sealed class WideResidualDerivativeTests
{
    [Theory]
    [InlineData(1, false, ActivationKind.Softplus)]
    [InlineData(3, false, ActivationKind.Softplus)]
    [InlineData(3, true, ActivationKind.Softplus)]
    [InlineData(2, true, ActivationKind.Tanh)]
    public void Jacobian_matches_central_differences(int depth, bool trainOutput, ActivationKind activation)
    {
        var problem = WideResidualProblem.Generate(samples: 5, dimension: 3, width: 4, depth: depth, seed: 11, activation: activation, trainOutput: trainOutput);
        var net = problem.Network;
        var theta = problem.InitialParameters;

        var j = net.Jacobian(theta, problem.Data);

        // Central differences: truncation h²·|f‴|/6 ≈ 1e−10 and rounding u·|f|/h ≈ 1e−11 at h = 1e−5; 1e−7 covers both with room.
        const double h = 1e-5, tolerance = 1e-7;
        for (int p = 0; p < net.ParameterCount; p++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[p] += h;
            minus[p] -= h;
            var fp = net.Outputs(plus, problem.Data);
            var fm = net.Outputs(minus, problem.Data);
            for (int i = 0; i < problem.Data.Count; i++)
            {
                double fd = (fp[i] - fm[i]) / (2 * h);
                Assert.True(Math.Abs(j[i, p] - fd) <= tolerance * Math.Max(1, Math.Abs(fd)), $"J[{i},{p}] = {j[i, p]} vs {fd}");
            }
        }
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(4, true)]
    public void Factored_gram_equals_J_J_transpose(int depth, bool trainOutput)
    {
        var problem = WideResidualProblem.Generate(samples: 7, dimension: 5, width: 6, depth: depth, seed: 3, trainOutput: trainOutput);
        var net = problem.Network;
        var j = net.Jacobian(problem.InitialParameters, problem.Data);

        var explicitGram = j * j.Transpose();
        var factored = net.Gram(problem.InitialParameters, problem.Data);

        double bound = WideResidualGradientDescent.GramRounding(net, explicitGram) + (16.0 * net.ParameterCount * 1.1e-16 * explicitGram.Diagonal().Maximum());
        Assert.True((explicitGram - factored).L2Norm() <= bound, $"‖JJᵀ − G‖₂ = {(explicitGram - factored).L2Norm()} > {bound}");
    }

    [Fact]
    public void Transpose_Jacobian_product_equals_J_transpose_times_w()
    {
        var problem = WideResidualProblem.Generate(samples: 6, dimension: 4, width: 5, depth: 3, seed: 5, trainOutput: true);
        var net = problem.Network;
        var w = new double[] { 0.3, -1.2, 0.7, 2.0, -0.1, 0.9 };
        var f = new double[6];

        var product = net.TransposeJacobianTimes(problem.InitialParameters, problem.Data, (i, _) => w[i], f);
        var expected = net.Jacobian(problem.InitialParameters, problem.Data).TransposeThisAndMultiply(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(w));

        for (int p = 0; p < net.ParameterCount; p++)
        {
            Assert.Equal(expected[p], product[p], 1e-12);
        }
        Assert.Equal(net.Outputs(problem.InitialParameters, problem.Data), f);
    }

    [Fact]
    public void Generated_inputs_lie_on_the_unit_sphere()
    {
        var problem = WideResidualProblem.Generate(samples: 20, dimension: 7, width: 2, depth: 2, seed: 9);

        for (int i = 0; i < 20; i++)
        {
            double norm = Math.Sqrt(problem.Data.Input(i).ToArray().Sum(v => v * v));
            Assert.Equal(1.0, norm, 1e-15);
        }
    }
}
