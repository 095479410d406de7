using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Numerics.Sampling;

/// <summary>Seeded starting points for <see cref="CnnGradientDescent"/>, and seeded teachers.</summary>
public static class CnnInitialization
{
    /// <summary>Liu et al. 2019: w = 0 and a uniform in the ball ‖a‖ ≤ radius (direction Gaussian, radius·U^{1/k}).</summary>
    public static double[] ZeroFilterReadoutInBall(CnnArchitecture architecture, double radius, Random rng)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(rng);
        if (!(radius >= 0) || !double.IsFinite(radius))
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, "the radius must be finite and ≥ 0");
        }
        return [.. new double[architecture.PatchDimension], .. InBall(architecture.Patches, radius, rng)];
    }

    /// <summary>Random initialisation of the plain CNN (Du et al. 2018): w uniform on the unit sphere, a uniform in the ball ‖a‖ ≤ radius.</summary>
    public static double[] RandomFilterReadoutInBall(CnnArchitecture architecture, double radius, Random rng)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(rng);
        return [.. UnitVector(architecture.PatchDimension, rng), .. InBall(architecture.Patches, radius, rng)];
    }

    /// <summary>A teacher with w* uniform on the unit sphere and a* ~ N(0, I_k).</summary>
    public static CnnTeacher Teacher(CnnArchitecture architecture, Random rng)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(rng);
        var w = UnitVector(architecture.PatchDimension, rng);
        var a = Enumerable.Range(0, architecture.Patches).Select(_ => StandardNormal.Draw(rng)).ToArray();
        return new CnnTeacher(architecture, w, a);
    }

    /// <summary>A uniform draw from the unit sphere in R^n (normalised Gaussian).</summary>
    public static double[] UnitVector(int n, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        while (true)
        {
            var v = Enumerable.Range(0, n).Select(_ => StandardNormal.Draw(rng)).ToArray();
            double norm = ArcCosineKernel.Norm(v);
            if (norm > 1e-12)
            {
                return v.Select(x => x / norm).ToArray();
            }
        }
    }

    private static double[] InBall(int n, double radius, Random rng)
    {
        var u = UnitVector(n, rng);
        double r = radius * Math.Pow(rng.NextDouble(), 1.0 / n);
        return u.Select(x => x * r).ToArray();
    }
}
