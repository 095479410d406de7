using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Numerics.Instances;

/// <summary>
/// The deterministic draw behind "parameterSeed": θ_p ~ N(0, 1/Cols(B)) for every entry p of every block B, i.e.
/// variance 1/fan-in for a weight matrix (Rows×Cols acting on R^Cols) and variance 1 for a bias (Rows×1).
/// </summary>
/// <remarks>
/// Exact rule (docs/instance-schema.md): <c>rng = new System.Random(seed)</c>; standard normals come in pairs from
/// Box–Muller, u₁ = 1 − rng.NextDouble() ∈ (0, 1], u₂ = rng.NextDouble(), r = √(−2 ln u₁),
/// z₀ = r·cos(2πu₂), z₁ = r·sin(2πu₂), used in the order z₀, z₁, z₀, z₁, …; θ is filled in storage order
/// (blocks as in <see cref="ParameterLayout.Blocks"/>, each row-major) with θ_p = z_p / √Cols(B). An odd P discards the
/// last z₁. Seeded <see cref="System.Random"/> is the stable legacy generator, so the same seed gives the same bytes on
/// every .NET version; Math.Log/Cos/Sin come from the platform's libm and could differ in the last bit across operating
/// systems, so a file that must be bitwise reproducible everywhere should store explicit "parameters".
/// </remarks>
public static class SeededParameters
{
    /// <summary>Draws θ ∈ R^P for <paramref name="layout"/> from <paramref name="seed"/> by the rule above.</summary>
    public static double[] Draw(ParameterLayout layout, int seed)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var theta = new double[layout.Count];
        var rng = new Random(seed);
        double spare = 0;
        bool haveSpare = false;
        foreach (var block in layout.Blocks)
        {
            double scale = 1 / Math.Sqrt(block.Cols);
            for (int k = 0; k < block.Length; k++)
            {
                double z;
                if (haveSpare)
                {
                    z = spare;
                    haveSpare = false;
                }
                else
                {
                    (z, spare) = StandardNormal.DrawPair(rng);
                    haveSpare = true;
                }
                theta[block.Offset + k] = z * scale;
            }
        }
        return theta;
    }
}
