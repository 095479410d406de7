using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>
/// The first-order certificate of a single block f = wᵀ(x + V F(x)) + c (derived, theorems.md): with a = ∇_w R,
/// b = (∇_V R)ᵀw/‖w‖² and a_c = ∂R/∂c, convexity of ℓ gives, for every u ∈ R^d and β ∈ R,
/// R(θ) ≤ R_lin(u, β) + (w − u)ᵀa + uᵀVb + (c − β)a_c. Here (u, β) = (t*, b*), the linear baseline's minimiser.
/// </summary>
/// <param name="Risk">R(θ).</param>
/// <param name="BaselineRisk">R_lin(u, β), evaluated at (t*, b*).</param>
/// <param name="ReadoutTerm">(w − u)ᵀa.</param>
/// <param name="BlockTerm">uᵀVb.</param>
/// <param name="BiasTerm">(c − β)·∂R/∂c (0 without output bias).</param>
/// <param name="Rounding">Error bound of the right side minus R (absolute): n-term rounding of every term, and b's error amplified by 1/‖w‖.</param>
public sealed record FirstOrderCertificate(double Risk, double BaselineRisk, double ReadoutTerm, double BlockTerm, double BiasTerm, double Rounding)
{
    /// <summary>The right side R_lin(u, β) + (w − u)ᵀa + uᵀVb + (c − β)a_c.</summary>
    public double Bound => BaselineRisk + ReadoutTerm + BlockTerm + BiasTerm;

    /// <summary>Computes the certificate at θ for a single-block model (see <see cref="SingleBlockView"/>); needs w ≠ 0.</summary>
    public static FirstOrderCertificate At(PointEvidence at)
    {
        var view = SingleBlockView.Of(at.Model) ?? throw new ArgumentException(SingleBlockView.Inapplicable(at.Model), nameof(at));
        var baseline = at.Baseline;
        var u = baseline.Weights;
        double beta = baseline.Bias;
        var w = at.Block(view.ReadoutBlock);
        var a = at.GradientBlock(view.ReadoutBlock);
        var v = at.BlockMatrix(view.ResidualBlock);
        var gradientV = at.Model.Graph.Layout[view.ResidualBlock].ToMatrix(at.Gradient);
        var wVector = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(w);
        double w2 = wVector.DotProduct(wVector);
        var b = gradientV.TransposeThisAndMultiply(wVector) / w2;
        var uVector = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(u);
        double readout = (wVector - uVector).DotProduct(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(a));
        double block = uVector.DotProduct(v * b);
        double bias = 0;
        if (at.Model.OutputBias)
        {
            bias = (at.Block("c")[0] - beta) * at.GradientBlock("c")[0];
        }
        double baselineRisk = LinearBaseline.Risk(at.Instance.Data, at.Instance.Loss, u, beta);
        int n = at.SampleCount;
        double size = Math.Abs(at.Value) + Math.Abs(baselineRisk) + Math.Abs(readout) + Math.Abs(block) + Math.Abs(bias)
            + ((wVector - uVector).L2Norm() * MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(a).L2Norm());
        double bError = VerdictTolerances.MeanRounding(n, gradientV.FrobeniusNorm()) / Math.Sqrt(w2);
        double rounding = VerdictTolerances.MeanRounding(n, size) + (uVector.L2Norm() * v.FrobeniusNorm() * bError);
        return new FirstOrderCertificate(at.Value, baselineRisk, readout, block, bias, rounding);
    }

    /// <summary>The hypothesis w ≠ 0 of every single-block first-order statement (decided exactly: ‖w‖₂ &gt; 0).</summary>
    public static Check ReadoutNonZero(PointEvidence at)
    {
        var view = SingleBlockView.Of(at.Model)!;
        double norm = PointEvidence.Norm(at.Block(view.ReadoutBlock));
        return Check.Exact("w ≠ 0", "‖w‖₂ > 0 (b divides by ‖w‖²; its error enters the conclusion's τ)", norm > 0, norm, 0);
    }

    /// <summary>
    /// w ≠ 0 at an approximate critical point: ‖w‖₂ &gt; τ = ‖∇R‖₂·(1 + ‖θ‖₂), the size of a first-order move that could reach a
    /// critical point with w = 0 (heuristic; Newton from a random start often lands at w ≈ 1e−13, which is w = 0 in substance).
    /// </summary>
    public static Check ReadoutClearOfZero(PointEvidence at)
    {
        var view = SingleBlockView.Of(at.Model)!;
        double norm = PointEvidence.Norm(at.Block(view.ReadoutBlock));
        return Check.AtLeast("w ≠ 0", "‖w‖₂ > 0", norm, 0, at.GradientNorm * (1 + at.ThetaNorm), "‖∇R‖·(1 + ‖θ‖): a critical point with w = 0 may lie that close");
    }
}
