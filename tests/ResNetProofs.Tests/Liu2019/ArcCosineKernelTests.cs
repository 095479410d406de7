using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Tests.Liu2019;

/// <summary>The three arc-cosine identities of theorems.md against Monte Carlo (within 4 standard errors), including φ near 0 and π.</summary>
public sealed class ArcCosineKernelTests
{
    public static TheoryData<int, double> Cases() => new() { { 1, 0.3 }, { 2, 1.5 }, { 3, 3.0 }, { 4, 0.0 }, { 5, Math.PI } };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Identities_match_Monte_Carlo(int seed, double angle)
    {
        var rng = new Random(seed);
        // w = 1.3·e₁, v = 0.7·(cos φ e₁ + sin φ e₂) in R³.
        double[] w = [1.3, 0, 0];
        double[] v = [0.7 * Math.Cos(angle), 0.7 * Math.Sin(angle), 0];
        const int n = 200_000;
        double[] s1 = new double[3], s2 = new double[3];
        for (int t = 0; t < n; t++)
        {
            double z0 = StandardNormal.Draw(rng), z1 = StandardNormal.Draw(rng), z2 = StandardNormal.Draw(rng);
            double u = (w[0] * z0) + (w[1] * z1) + (w[2] * z2), x = (v[0] * z0) + (v[1] * z1) + (v[2] * z2);
            double[] sample = [Math.Max(0, u) * Math.Max(0, x), Math.Max(0, u) * x, Math.Max(0, u)];
            for (int i = 0; i < 3; i++)
            {
                s1[i] += sample[i];
                s2[i] += sample[i] * sample[i];
            }
        }
        double[] exact = [ArcCosineKernel.Kernel(w, v), ArcCosineKernel.ReluTimesLinear(w, v), ArcCosineKernel.ExpectedRelu(w)];
        for (int i = 0; i < 3; i++)
        {
            double mean = s1[i] / n, se = Math.Sqrt(Math.Max(0, (s2[i] / n) - (mean * mean)) / n);
            Assert.True(Math.Abs(mean - exact[i]) <= (4 * se) + 1e-15, $"identity {i}: exact {exact[i]}, MC {mean} ± {se}");
        }
        Assert.Equal(angle, ArcCosineKernel.Angle(w, v), 12);
    }
}
