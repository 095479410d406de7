using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Enclosures;
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
public sealed record FirstOrderCertificate(double Risk, double BaselineRisk, double ReadoutTerm, double BlockTerm, double BiasTerm)
{
    /// <summary>R(θ) enclosed (interval forward pass at θ).</summary>
    public Interval RiskEnclosure { get; init; }

    /// <summary>The right side R_lin(u, β) + (w − u)ᵀa + uᵀVb + (c − β)a_c enclosed: every term in interval arithmetic from ∇R enclosed at θ.</summary>
    public Interval BoundEnclosure { get; init; }

    /// <summary>The right side without uᵀVb (the planted statement's), enclosed.</summary>
    public Interval BoundWithoutBlockEnclosure { get; init; }

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
        var enclosed = Enclose(at, view, u, beta);
        return new FirstOrderCertificate(at.Value, baselineRisk, readout, block, bias) with
        {
            RiskEnclosure = at.PointEnclosure.Value,
            BoundEnclosure = enclosed.Bound,
            BoundWithoutBlockEnclosure = enclosed.WithoutBlock,
        };
    }

    // The same right side in interval arithmetic: a, ∇_V R and ∂R/∂c from the interval gradient at θ; w, V, u, β, c exact doubles.
    private static (Interval Bound, Interval WithoutBlock) Enclose(PointEvidence at, SingleBlockView view, double[] u, double beta)
    {
        var layout = at.Model.Graph.Layout;
        var gradient = at.PointEnclosure.Gradient;
        var wBlock = layout[view.ReadoutBlock];
        var vBlock = layout[view.ResidualBlock];
        var w = at.Block(view.ReadoutBlock);
        var v = at.Block(view.ResidualBlock);
        int d = vBlock.Rows, k = vBlock.Cols;
        var w2 = Interval.Zero;
        var readout = Interval.Zero;
        for (int i = 0; i < d; i++)
        {
            w2 += Interval.Sqr(Interval.Point(w[i]));
            readout += (Interval.Point(w[i]) - u[i]) * gradient[wBlock.Offset + i];
        }
        var block = Interval.Zero;
        for (int j = 0; j < k; j++)
        {
            var bj = Interval.Zero;
            for (int i = 0; i < d; i++)
            {
                bj += gradient[vBlock.Offset + (i * k) + j] * w[i];
            }
            bj /= w2;
            var uv = Interval.Zero;
            for (int i = 0; i < d; i++)
            {
                uv += Interval.Point(u[i]) * v[(i * k) + j];
            }
            block += uv * bj;
        }
        var bias = Interval.Zero;
        if (at.Model.OutputBias)
        {
            bias = (Interval.Point(at.Block("c")[0]) - beta) * gradient[layout["c"].Offset];
        }
        var baseline = LinearBaselineEnclosure.RiskAt(at.Instance.Data, at.Instance.Loss, at.Model.OutputBias, u, beta);
        return (baseline + readout + block + bias, baseline + readout + bias);
    }

    /// <summary>The hypothesis w ≠ 0 of every single-block first-order statement (decided exactly: ‖w‖₂ &gt; 0).</summary>
    public static Check ReadoutNonZero(PointEvidence at)
    {
        var view = SingleBlockView.Of(at.Model)!;
        double norm = PointEvidence.Norm(at.Block(view.ReadoutBlock));
        return Check.Exact("w ≠ 0", "‖w‖₂ > 0 (b divides by ‖w‖²; its error enters the conclusion's τ)", norm > 0, norm, 0);
    }

    /// <summary>
    /// w ≠ 0 at the certified critical point θ*: some entry of w's enclosure over the Krawczyk box excludes 0 (then w* ≠ 0).
    /// Undecided when no critical point is certified or every entry's enclosure contains 0 (w ≈ 0: Newton from a random start
    /// often lands at w ≈ 1e−13, which is w = 0 in substance).
    /// </summary>
    public static Check ReadoutClearOfZero(PointEvidence at)
    {
        var view = SingleBlockView.Of(at.Model)!;
        var c = at.Certificate;
        const string statement = "w* ≠ 0 at θ*";
        if (!c.Exists)
        {
            return Check.Certified("w ≠ 0", statement, CheckOutcome.Undecided, "w* is not enclosed: no critical point certified");
        }
        var block = at.Model.Graph.Layout[view.ReadoutBlock];
        for (int i = 0; i < block.Length; i++)
        {
            var wi = c.Box[block.Offset + i];
            if (!wi.Contains(0))
            {
                return Check.Certified("w ≠ 0", statement, CheckOutcome.Holds, $"w*[{i}] ∈ {wi} excludes 0");
            }
        }
        return Check.Certified("w ≠ 0", statement, CheckOutcome.Undecided, "every entry of w's enclosure over the box contains 0");
    }
}
