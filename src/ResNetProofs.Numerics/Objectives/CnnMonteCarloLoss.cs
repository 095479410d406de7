using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Numerics.Objectives;

/// <summary>
/// The empirical version of <see cref="CnnPopulationLoss"/>: N draws Z = [Z_1 … Z_k], Z_j ~ N(0, I_p) i.i.d. (Box–Muller on a
/// seeded <see cref="Random"/>), labels y = f(Z; w*, a*), and the means of ½(f − y)² and of (f − y)∇_θ f with relu′(0) = 0.
/// </summary>
public static class CnnMonteCarloLoss
{
    /// <summary>Estimates L(θ) and ∇L(θ) at θ = (w, a) from <paramref name="samples"/> ≥ 2 draws with the given seed.</summary>
    /// <exception cref="ArgumentException">θ has the wrong length or a non-finite entry.</exception>
    public static CnnMonteCarloEstimate Estimate(CnnTeacher teacher, ReadOnlySpan<double> theta, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        var arch = teacher.Architecture;
        int p = arch.PatchDimension, k = arch.Patches, n = p + k;
        if (theta.Length != n)
        {
            throw new ArgumentException($"theta has {theta.Length} entries but p + k = {n}", nameof(theta));
        }
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(theta[i]))
            {
                throw new ArgumentException($"theta[{i}] is {theta[i]}: entries must be finite", nameof(theta));
            }
        }
        var w = theta[..p].ToArray();
        var a = theta[p..].ToArray();
        var ws = teacher.Filter.ToArray();
        var az = teacher.Readout.ToArray();
        var rng = new Random(seed);
        var patches = Enumerable.Range(0, k).Select(_ => new double[p]).ToArray();
        var g = new double[n];
        double sum = 0, sum2 = 0;
        var gsum = new double[n];
        var gsum2 = new double[n];
        for (int t = 0; t < samples; t++)
        {
            foreach (var z in patches)
            {
                for (int i = 0; i < p; i++)
                {
                    z[i] = StandardNormal.Draw(rng);
                }
            }
            double f = arch.Output(w, a, patches);
            double y = arch.Output(ws, az, patches);
            double e = f - y;
            double loss = 0.5 * e * e;
            sum += loss;
            sum2 += loss * loss;
            Array.Clear(g);
            for (int j = 0; j < k; j++)
            {
                var z = patches[j];
                double u = 0;
                for (int i = 0; i < p; i++)
                {
                    u += z[i] * w[i];
                }
                double slope = ((u > 0 ? a[j] + arch.Beta : 0)) + arch.Gamma;
                for (int i = 0; i < p; i++)
                {
                    g[i] += e * slope * z[i];
                }
                g[p + j] = e * Math.Max(0, u);
            }
            for (int i = 0; i < n; i++)
            {
                gsum[i] += g[i];
                gsum2[i] += g[i] * g[i];
            }
        }
        double mean = sum / samples;
        return new CnnMonteCarloEstimate
        {
            Samples = samples,
            Value = mean,
            ValueStandardError = StandardError(sum, sum2, samples),
            Gradient = gsum.Select(s => s / samples).ToArray(),
            GradientStandardErrors = Enumerable.Range(0, n).Select(i => StandardError(gsum[i], gsum2[i], samples)).ToArray(),
        };
    }

    private static double StandardError(double sum, double sum2, int n)
    {
        double mean = sum / n;
        double variance = Math.Max(0, (sum2 - (n * mean * mean)) / (n - 1));
        return Math.Sqrt(variance / n);
    }
}
