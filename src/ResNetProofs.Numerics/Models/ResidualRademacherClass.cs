using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Numerics.Models;

/// <summary>
/// A width-m slice of the class F_L of Yun, Sra &amp; Jadbabaie 2019: h_l = h_{l−1} + V_l relu(U_l h_{l−1}), l = 1..L, f = wᵀh_L,
/// with ‖w‖₂ ≤ 1 and ‖U_l‖_F, ‖V_l‖_F ≤ 1/√L (U_l ∈ R^{m×d}, V_l ∈ R^{d×m}). Realised as a <see cref="DeepResNet"/> without
/// biases: block 1 is a depth-1 MLP (U_1 = "phi1.W1"), blocks l ≥ 2 have inner depth 0 (U_l = "U{l}"), V_l = "V{l}".
/// </summary>
public sealed class ResidualRademacherClass
{
    /// <summary>The class on inputs in R^d with L blocks of width m (d, L, m ≥ 1).</summary>
    public ResidualRademacherClass(int inputDimension, int depth, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputDimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Depth = depth;
        Width = width;
        var blocks = Enumerable.Range(1, depth)
            .Select(l => l == 1 ? new ResidualBlockSpec(width, 0, 1, ActivationKind.Relu, false) : new ResidualBlockSpec(width, width, 0, ActivationKind.Relu, false))
            .ToArray();
        Model = new DeepResNet(inputDimension, blocks, outputBias: false);
    }

    /// <summary>The network whose parameter points (after <see cref="Project"/>) are the members.</summary>
    public DeepResNet Model { get; }

    /// <summary>L, the number of blocks.</summary>
    public int Depth { get; }

    /// <summary>m, the hidden width of every block.</summary>
    public int Width { get; }

    /// <summary>1/√L, the Frobenius radius of every U_l and V_l.</summary>
    public double BlockRadius => 1 / Math.Sqrt(Depth);

    /// <summary>(1 + 1/L)^L ≤ e: every member has |f(x)| ≤ ‖w‖Π_l(1 + ‖V_l‖₂‖U_l‖₂)‖x‖ ≤ (1 + 1/L)^L‖x‖ (relu is 1-Lipschitz, relu(0) = 0).</summary>
    public double GrowthFactor => Math.Pow(1 + (1.0 / Depth), Depth);

    /// <summary>The names of the constrained blocks with their radii: "w" (1), then U_l and V_l (1/√L) for l = 1..L.</summary>
    public IEnumerable<(string Block, double Radius)> Constraints()
    {
        yield return ("w", 1.0);
        for (int l = 1; l <= Depth; l++)
        {
            yield return (l == 1 ? "phi1.W1" : $"U{l}", BlockRadius);
            yield return ($"V{l}", BlockRadius);
        }
    }

    /// <summary>
    /// Projects θ onto the class in place: each constrained block B with ‖B‖_F &gt; ρ·(1 − s) is scaled to ρ·(1 − s), with
    /// s = 4(len + 1)·u, so the computed norm's rounding cannot leave the ball. Returns θ.
    /// </summary>
    public double[] Project(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var layout = Model.Graph.Layout;
        if (theta.Length != layout.Count)
        {
            throw new ArgumentException($"theta has length {theta.Length} but the class has P = {layout.Count}", nameof(theta));
        }
        foreach (var (name, radius) in Constraints())
        {
            var block = layout[name].Slice(theta.AsSpan());
            double target = radius * (1 - (4.0 * (block.Length + 1) * Tolerances.UnitRoundoff));
            double norm = Vectors.Norm(block);
            if (norm > target)
            {
                double factor = target / norm;
                for (int k = 0; k < block.Length; k++)
                {
                    block[k] *= factor;
                }
            }
        }
        return theta;
    }

    /// <summary>A random member: Gaussian entries, each constrained block scaled to radius·c with c uniform in [½, 1], then projected.</summary>
    public double[] DrawMember(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var layout = Model.Graph.Layout;
        var theta = new double[layout.Count];
        foreach (var (name, radius) in Constraints())
        {
            var block = layout[name].Slice(theta.AsSpan());
            for (int k = 0; k < block.Length; k++)
            {
                block[k] = StandardNormal.Draw(random);
            }
            double norm = Vectors.Norm(block);
            double factor = norm > 0 ? radius * (0.5 + (0.5 * random.NextDouble())) / norm : 0;
            for (int k = 0; k < block.Length; k++)
            {
                block[k] *= factor;
            }
        }
        return Project(theta);
    }
}
