using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Models;

/// <summary>
/// Certified upper bounds on the Lipschitz constants of the residual branches h ↦ V_l φ^l(U_l h) of a <see cref="DeepResNet"/>
/// (U_1 = I): Lip_l ≤ ‖V_l‖₂·Π_j(‖W_j‖₂·Lip σ)·‖U_l‖₂, with Lip σ for an inner depth of 0 (φ = σ elementwise). Each ‖A‖₂ is
/// min(‖A‖_F, σ_max(A)·(1 + <see cref="SpectralSafety"/>·max(m, n)·u)), an upper bound despite the SVD's rounding.
/// </summary>
public static class ResidualBranchLipschitz
{
    /// <summary>
    /// Relative inflation factor on a computed σ_max per max(m, n)·u: a backward-stable SVD returns the singular values of A + E
    /// with ‖E‖₂ ≲ p(m, n)·u·‖A‖₂ (Golub &amp; Van Loan §8.6); 64·max(m, n) covers p with room.
    /// </summary>
    public const double SpectralSafety = 64;

    /// <summary>Lip σ: 1 for relu, tanh, softplus and identity (|σ′| ≤ 1 everywhere).</summary>
    public static double ActivationLipschitz(ActivationKind kind) => kind switch
    {
        ActivationKind.Relu or ActivationKind.Tanh or ActivationKind.Softplus or ActivationKind.Identity => 1.0,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown activation"),
    };

    /// <summary>True when σ(0) = 0 (relu, tanh, identity; not softplus, whose σ(0) = log 2).</summary>
    public static bool ActivationVanishesAtZero(ActivationKind kind) => kind is ActivationKind.Relu or ActivationKind.Tanh or ActivationKind.Identity;

    /// <summary>
    /// True when every branch has φ^l(0) = 0: σ(0) = 0 and no inner biases (an inner depth of 0 has none). Then, with the bounds
    /// κ_l below, ‖h_L(x) − x‖ ≤ (Π_l(1 + κ_l) − 1)‖x‖ ≤ (e^{Σκ_l} − 1)‖x‖.
    /// </summary>
    public static bool BranchesVanishAtZero(DeepResNet model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Blocks.All(b => ActivationVanishesAtZero(b.Activation) && (b.InnerDepth == 0 || !b.InnerBias));
    }

    /// <summary>The bounds Lip_l, l = 1..L (index l − 1), at θ; each is finite and ≥ 0.</summary>
    /// <exception cref="ArgumentException">θ has the wrong length or a NaN/∞ entry.</exception>
    public static double[] Bounds(DeepResNet model, ReadOnlySpan<double> theta)
    {
        ArgumentNullException.ThrowIfNull(model);
        var layout = model.Graph.Layout;
        if (theta.Length != layout.Count)
        {
            throw new ArgumentException($"theta has length {theta.Length} but the model has P = {layout.Count}", nameof(theta));
        }
        for (int p = 0; p < theta.Length; p++)
        {
            if (!double.IsFinite(theta[p]))
            {
                throw new ArgumentException($"theta[{p}] is {theta[p]}: parameters must be finite", nameof(theta));
            }
        }
        var bounds = new double[model.Depth];
        for (int l = 1; l <= model.Depth; l++)
        {
            var spec = model.Blocks[l - 1];
            double sigma = ActivationLipschitz(spec.Activation);
            double lip = SpectralNormUpperBound(model.V(l).ToMatrix(theta));
            lip *= l >= 2 ? SpectralNormUpperBound(model.U(l).ToMatrix(theta)) : 1.0;
            if (spec.InnerDepth == 0)
            {
                lip *= sigma;
            }
            for (int j = 1; j <= spec.InnerDepth; j++)
            {
                lip *= SpectralNormUpperBound(layout[$"phi{l}.W{j}"].ToMatrix(theta)) * sigma;
            }
            bounds[l - 1] = lip;
        }
        return bounds;
    }

    /// <summary>An upper bound on ‖A‖₂: min(‖A‖_F·(1 + 2(mn + 1)u), σ_max·(1 + 64·max(m, n)·u)).</summary>
    public static double SpectralNormUpperBound(Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        double frobenius = a.FrobeniusNorm() * (1 + (2.0 * ((a.RowCount * a.ColumnCount) + 1) * Tolerances.UnitRoundoff));
        if (frobenius == 0)
        {
            return 0;
        }
        double sigmaMax = a.L2Norm() * (1 + (SpectralSafety * Math.Max(a.RowCount, a.ColumnCount) * Tolerances.UnitRoundoff));
        return double.IsFinite(sigmaMax) ? Math.Min(frobenius, sigmaMax) : frobenius;
    }
}
