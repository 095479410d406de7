using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Tests.Liu2019;

namespace ResNetProofs.Tests.SafranShamir;

/// <summary>The closed-form Safran–Shamir objective: derivatives against central differences, the value against Monte Carlo and known zeros.</summary>
public sealed class TwoLayerReluObjectiveTests
{
    private static double[] RandomPoint(TwoLayerReluObjective f, int seed)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, f.Dimension).Select(_ => StandardNormal.Draw(rng) / Math.Sqrt(f.InputDimension))];
    }

    [Theory]
    [InlineData(StudentForm.Plain, 3, 3, 1)]
    [InlineData(StudentForm.Plain, 4, 5, 2)]
    [InlineData(StudentForm.LinearSkip, 3, 3, 3)]
    [InlineData(StudentForm.LinearSkip, 4, 5, 4)]
    public void Gradient_and_Hessian_match_central_differences(StudentForm form, int k, int n, int seed)
    {
        var f = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(k), n, form);

        DerivativeChecks.AssertMatchesDifferences(f, RandomPoint(f, seed));
    }

    [Fact]
    public void Hessian_is_symmetric_to_rounding()
    {
        var f = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(4), 5, StudentForm.LinearSkip);
        var h = f.Hessian(RandomPoint(f, 9));

        Assert.True((h - h.Transpose()).InfinityNorm() < 1e-14, $"asymmetry {(h - h.Transpose()).InfinityNorm()}");
    }

    [Theory]
    [InlineData(StudentForm.Plain)]
    [InlineData(StudentForm.LinearSkip)]
    public void Value_matches_a_seeded_Monte_Carlo_estimate_within_four_standard_errors(StudentForm form)
    {
        const int samples = 40_000;
        var f = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(3), 4, form);
        var theta = RandomPoint(f, 5);
        var rng = new Random(11);
        double sum = 0, sum2 = 0;
        var x = new double[3];
        for (int s = 0; s < samples; s++)
        {
            for (int t = 0; t < 3; t++)
            {
                x[t] = StandardNormal.Draw(rng);
            }
            double student = 0, teacher = x.Sum(v => Math.Max(0, v));
            for (int i = 0; i < 4; i++)
            {
                student += Math.Max(0, (theta[3 * i] * x[0]) + (theta[(3 * i) + 1] * x[1]) + (theta[(3 * i) + 2] * x[2]));
            }
            if (form == StudentForm.LinearSkip)
            {
                student += (theta[12] * x[0]) + (theta[13] * x[1]) + (theta[14] * x[2]);
            }
            double loss = (student - teacher) * (student - teacher) / 2;
            sum += loss;
            sum2 += loss * loss;
        }
        double mean = sum / samples, se = Math.Sqrt(((sum2 / samples) - (mean * mean)) / samples);

        Assert.InRange(f.Value(theta), mean - (4 * se), mean + (4 * se));
    }

    [Fact]
    public void Value_is_zero_at_a_permutation_of_the_teacher()
    {
        var f = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(4), 4, StudentForm.Plain);
        double[] theta = [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0];

        Assert.Equal(0, f.Value(theta), 14);
        Assert.All(f.BlockGradientNorms(Gradient(f, theta)), g => Assert.True(g < 1e-15, $"gradient block norm {g}"));
    }

    [Fact]
    public void Skip_form_is_zero_at_the_reflected_teacher_with_the_skip_carrying_the_linear_part()
    {
        // relu(−z) + z = relu(z): w_i = −e_i and u = Σ e_j realise the teacher exactly.
        var f = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(3), 3, StudentForm.LinearSkip);
        double[] theta = [-1, 0, 0, 0, -1, 0, 0, 0, -1, 1, 1, 1];

        Assert.Equal(0, f.Value(theta), 14);
    }

    [Fact]
    public void Value_at_the_zero_student_is_half_the_teacher_second_moment()
    {
        // ½E(Σ_j relu(x_j))² = ½(k·½ + k(k−1)/(2π)): E relu(g)² = ½, E relu(g)relu(g') = 1/(2π) for independent g, g'.
        const int k = 5;
        var f = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(k), 2, StudentForm.Plain);

        Assert.Equal(0.5 * ((k * 0.5) + (k * (k - 1) / (2 * Math.PI))), f.Value(new double[f.Dimension]), 14);
    }

    [Fact]
    public void A_neuron_at_zero_gets_a_zero_gradient_block_by_the_relu_prime_zero_convention()
    {
        var f = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(3), 2, StudentForm.Plain);
        double[] theta = [0, 0, 0, 0.3, -0.2, 0.5];

        Assert.Equal(0, f.BlockGradientNorms(Gradient(f, theta))[0]);
    }

    private static double[] Gradient(TwoLayerReluObjective f, double[] theta)
    {
        var g = new double[f.Dimension];
        f.Gradient(theta, g);
        return g;
    }

    [Theory]
    [InlineData(StudentForm.Plain, 16.349)]
    [InlineData(StudentForm.LinearSkip, 21.398)]
    public void Largest_curvature_of_two_pi_F_at_the_global_minimum_for_k_8_matches_an_independent_difference_estimate(StudentForm form, double expected)
    {
        // Expected: power iteration on central differences (h = 1e−6) of a separately written Python gradient, 2026-11-29.
        // Step 0.1 on ∇(2πF) is stable only below 2/0.1 = 20: the skip student's global minimum at k = 8 is not (docs/safran-shamir.md).
        var f = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(8), 8, form);
        var theta = new double[f.Dimension];
        for (int i = 0; i < 8; i++)
        {
            theta[(i * 8) + i] = 1;
        }

        double lambdaMax = 2 * Math.PI * ResNetProofs.Numerics.LinearAlgebra.DenseLinearAlgebra.SymmetricEigenvalues(f.Hessian(theta)).Max();

        Assert.Equal(expected, lambdaMax, 2);
    }
}
