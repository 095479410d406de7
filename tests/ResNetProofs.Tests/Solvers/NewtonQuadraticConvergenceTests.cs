using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.Solvers;

/// <summary>
/// Newton refinement converges quadratically on a real risk: Shamir's single block with d = 1 and one tanh unit,
/// f(x) = w(x + v·tanh(ax + b)), no output bias, squared loss ½(p − y)², n = 40 points x ~ U[−2, 2] labelled by the
/// teacher (a, b, v, w) = (2, 0.5, 1, 1) plus noise 0.1·N(0, 1). With d = 1 and w ≠ 0 the model has no continuous
/// symmetry (scaling w moves the term wx), and n = 40 ≫ P = 4, so the minimum near the teacher is nondegenerate.
/// </summary>
public sealed class NewtonQuadraticConvergenceTests
{
    private const int Seed = 3;
    private const int Samples = 40;

    [Fact]
    public void Newton_from_a_perturbed_nondegenerate_minimum_converges_quadratically_to_1e_minus_10()
    {
        var rng = new Random(Seed);
        var risk = TeacherRisk(rng);
        double[] teacher = [2, 0.5, 1, 1]; // layout F.W1 (a), F.b1 (b), V (v), w

        // Step 1: the critical point θ* near the teacher, checked nondegenerate.
        var first = NewtonRefinement.Refine(risk, teacher);
        Assert.Equal(RefinementStopReason.Converged, first.StopReason);
        var star = first.Theta.ToArray();
        var eigenvalues = risk.Hessian(star).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
        // Measured λ = 0.00286 … 4.31 (a minimum, condition number 1.5e3); 1e−4·‖H‖ is far above the rounding of H (~1e−14).
        Assert.True(eigenvalues[0] >= 1e-4 * eigenvalues[^1], $"λ_min = {eigenvalues[0]:G4}, λ_max = {eigenvalues[^1]:G4}: degenerate");

        // Step 2: restart from θ* + 0.05·N(0, I) and watch ‖g_k‖.
        var start = star.Select(t => t + 0.05 * RandomCases.Gaussian(rng)).ToArray();
        var result = NewtonRefinement.Refine(risk, start);

        Assert.Equal(RefinementStopReason.Converged, result.StopReason);
        Assert.True(result.GradientNorm <= 1e-10 * result.Scale, $"‖∇R‖ = {result.GradientNorm:R}, scale {result.Scale:R}");
        Assert.True(RandomCases.Norm(result.Theta.Zip(star, (p, q) => p - q).ToArray()) <= 1e-8, "did not return to θ*");
        // Measured ‖g‖: 3.59e−2, 4.21e−4, 2.16e−4, 6.59e−5, 4.60e−6, 7.80e−9, 1.11e−14; the last three ratios
        // ‖g_{k+1}‖/‖g_k‖² are 1.06e3, 368, 183. Linear convergence at rate ρ would give ρ/‖g_k‖ ≥ 1e8·ρ at ‖g_k‖ = 7.8e−9.
        var g = result.GradientNorms;
        for (int k = g.Count - 4; k < g.Count - 1; k++)
        {
            double ratio = g[k + 1] / (g[k] * g[k]);
            Assert.True(ratio <= 1e4, $"‖g_{k + 1}‖/‖g_{k}‖² = {ratio:G4} with ‖g_{k}‖ = {g[k]:G4}: not quadratic");
        }
        Assert.True(g[^1] / g[^2] <= 1e-4, $"last ‖g_{{k+1}}‖/‖g_k‖ = {g[^1] / g[^2]:G4}: not superlinear");
    }

    /// <summary>The risk of the d = 1 single block on teacher data; draws x_i, then the noise, from <paramref name="rng"/>.</summary>
    private static EmpiricalRisk TeacherRisk(Random rng)
    {
        var x = new double[Samples][];
        var y = new double[Samples];
        for (int i = 0; i < Samples; i++)
        {
            x[i] = [4 * rng.NextDouble() - 2];
        }
        for (int i = 0; i < Samples; i++)
        {
            double xi = x[i][0];
            y[i] = xi + Math.Tanh(2 * xi + 0.5) + 0.1 * RandomCases.Gaussian(rng); // teacher w(x + v·tanh(ax + b))
        }
        var model = new SingleBlockResNet(1, 1, 1, ActivationKind.Tanh, innerBias: true, outputBias: false);
        return new EmpiricalRisk(model, Dataset.Create(x, y), SquaredLoss.Half);
    }
}
