using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// A lower estimate of the empirical Rademacher complexity R̂_S(F_L) = E_σ sup_{f∈F_L} (1/n)Σσ_i f(x_i) of
/// <see cref="ResidualRademacherClass"/>: for K seeded sign vectors σ, projected gradient ascent with restarts on
/// J_σ(θ) = (1/n)Σσ_i f_θ(x_i) = −R_σ(θ), R_σ the empirical risk under <see cref="LinearLoss"/> with targets σ. Each evaluated θ
/// is projected into the class first, so every value found is a member's value: Ẑ_σ ≤ Z_σ and mean Ẑ ≤ mean Z.
/// </summary>
/// <remarks>
/// Step rule: θ' = Π(θ − η∇R_σ(θ)); accept if R_σ(θ') &lt; R_σ(θ) and grow η by 1.5, else halve η (values of rejected trials
/// still count: they are members). Ẑ_σ includes f = 0 (value 0). Ẑ_σ is a deterministic function of σ (the starts are seeded
/// by the options' seed and the pattern), so repeated draws of a pattern reuse one ascent.
/// </remarks>
public static class RademacherAscent
{
    /// <summary>Runs the estimate on the inputs of <paramref name="data"/> (targets ignored); never throws for a poor ascent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option out of range.</exception>
    public static RademacherAscentResult Estimate(Dataset data, RademacherAscentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= RademacherAscentOptions.Default;
        options.Validate();
        int n = data.Count, d = data.Dimension;
        var family = new ResidualRademacherClass(d, options.Depth, options.Width);
        var norms = new double[n];
        for (int i = 0; i < n; i++)
        {
            norms[i] = Vectors.Norm(data.Input(i));
        }
        double meanNorm = norms.Sum() / n;
        var random = new Random(options.Seed);
        var cache = new Dictionary<string, (double Value, double Ratio)>(StringComparer.Ordinal);
        var values = new double[options.SignVectors];
        long evaluations = 0;
        double maxRatio = 0;
        for (int k = 0; k < values.Length; k++)
        {
            var sigma = new double[n];
            var key = new char[n];
            for (int i = 0; i < n; i++)
            {
                sigma[i] = random.NextDouble() < 0.5 ? -1.0 : 1.0;
                key[i] = sigma[i] > 0 ? '+' : '-';
            }
            string pattern = new(key);
            if (!cache.TryGetValue(pattern, out var found))
            {
                found = meanNorm == 0 ? (0, 0) : Maximise(family, data, sigma, norms, meanNorm, options, PatternSeed(options.Seed, pattern), ref evaluations);
                cache[pattern] = found;
            }
            values[k] = found.Value;
            maxRatio = Math.Max(maxRatio, found.Ratio);
        }
        return new RademacherAscentResult
        {
            Values = values,
            Mean = values.Sum() / values.Length,
            RangeBound = family.GrowthFactor * meanNorm,
            GrowthFactor = family.GrowthFactor,
            MaxInputNorm = norms.Max(),
            SampleCount = n,
            InputDimension = d,
            MaxNormRatio = maxRatio,
            DistinctPatterns = cache.Count,
            Evaluations = evaluations,
            Options = options,
        };
    }

    /// <summary>max(0, best J_σ over all runs) and the largest |f(x_i)|/‖x_i‖ at the runs' starts and best points.</summary>
    private static (double Value, double Ratio) Maximise(
        ResidualRademacherClass family, Dataset data, double[] sigma, double[] norms, double meanNorm, RademacherAscentOptions options, int seed, ref long evaluations)
    {
        var risk = new EmpiricalRisk(family.Model, data.WithTargets(sigma), LinearLoss.Instance);
        var random = new Random(seed);
        double best = 0, ratio = 0;
        int p = risk.Dimension;
        var gradient = new double[p];
        var trialGradient = new double[p];
        for (int run = 0; run < options.Restarts; run++)
        {
            var theta = run == 0 ? AlignedStart(family, data, sigma, random) : family.DrawMember(random);
            ratio = Math.Max(ratio, NormRatio(risk, theta, norms));
            double value = risk.ValueAndGradient(theta, gradient);
            evaluations++;
            double runBest = value;
            var runBestTheta = (double[])theta.Clone();
            double eta = options.InitialStep / meanNorm;
            for (int step = 0; step < options.Steps; step++)
            {
                var trial = new double[p];
                for (int q = 0; q < p; q++)
                {
                    trial[q] = theta[q] - (eta * gradient[q]);
                }
                family.Project(trial);
                double trialValue = risk.ValueAndGradient(trial, trialGradient);
                evaluations++;
                if (trialValue < value)
                {
                    theta = trial;
                    value = trialValue;
                    trialGradient.CopyTo(gradient, 0);
                    eta *= 1.5;
                }
                else
                {
                    eta *= 0.5;
                }
                if (trialValue < runBest)
                {
                    runBest = trialValue;
                    runBestTheta = trial;
                }
            }
            ratio = Math.Max(ratio, NormRatio(risk, runBestTheta, norms));
            best = Math.Max(best, -runBest);
        }
        return (best, ratio);
    }

    /// <summary>w = (1/n)Σσ_i x_i normalised (the best linear member), U_l and V_l random at half their radius.</summary>
    private static double[] AlignedStart(ResidualRademacherClass family, Dataset data, double[] sigma, Random random)
    {
        var theta = family.DrawMember(random);
        var layout = family.Model.Graph.Layout;
        var w = layout["w"].Slice(theta.AsSpan());
        w.Clear();
        for (int i = 0; i < data.Count; i++)
        {
            var x = data.Input(i);
            for (int k = 0; k < w.Length; k++)
            {
                w[k] += sigma[i] * x[k];
            }
        }
        double norm = Vectors.Norm(w);
        for (int k = 0; k < w.Length; k++)
        {
            w[k] = norm > 0 ? w[k] / norm : 0;
        }
        foreach (var (name, _) in family.Constraints().Skip(1))
        {
            var block = layout[name].Slice(theta.AsSpan());
            for (int k = 0; k < block.Length; k++)
            {
                block[k] *= 0.5;
            }
        }
        return family.Project(theta);
    }

    private static double NormRatio(EmpiricalRisk risk, double[] theta, double[] norms)
    {
        var f = risk.Forward(theta).Predictions;
        double ratio = 0;
        for (int i = 0; i < norms.Length; i++)
        {
            if (norms[i] > 0)
            {
                ratio = Math.Max(ratio, Math.Abs(f[i]) / norms[i]);
            }
        }
        return ratio;
    }

    /// <summary>A deterministic seed from the options' seed and the sign pattern (FNV-1a; string.GetHashCode is randomised per process).</summary>
    private static int PatternSeed(int seed, string pattern)
    {
        uint hash = 2166136261u ^ (uint)seed;
        foreach (char c in pattern)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash & 0x7fffffff);
    }
}
