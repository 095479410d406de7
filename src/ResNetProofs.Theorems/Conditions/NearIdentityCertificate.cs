using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>
/// The near-identity certificate of a deep ResNet f = wᵀh_L (derived, theorems.md yun2019.near-identity): convexity of ℓ gives,
/// for every t, R(θ) ≤ R_lin(t) + (w − t)ᵀ∇_w R + tᵀ(1/n)Σ r_i (h_L(x_i) − x_i), r_i = ℓ′(f(x_i); y_i); here t = t*.
/// (Per sample ℓ(tᵀx_i) ≥ ℓ(f_i) + r_i(tᵀx_i − wᵀh_i); average, and use ∇_w R = (1/n)Σ r_i h_i.)
/// </summary>
/// <param name="Risk">R(θ).</param>
/// <param name="BaselineRisk">R_lin(t*), re-evaluated at t*.</param>
/// <param name="ReadoutTerm">(w − t*)ᵀ∇_w R, with ∇_w R from the reverse pass.</param>
/// <param name="DeviationTerm">t*ᵀ(1/n)Σ r_i (h_L(x_i) − x_i), from the forward pass.</param>
/// <param name="Rounding">Error bound (absolute) of right side − R: 16·(n + d)·u·(|R| + |R_lin(t*)| + ‖w − t*‖S_h + ‖t*‖(S_h + S_x)), S the moment scales.</param>
/// <param name="Moments">The residual-weighted moments behind the terms.</param>
public sealed record NearIdentityCertificate(double Risk, double BaselineRisk, double ReadoutTerm, double DeviationTerm, double Rounding, ResidualCorrelation Moments)
{
    /// <summary>The right side R_lin(t*) + (w − t*)ᵀ∇_w R + t*ᵀ(1/n)Σ r_i (h_L(x_i) − x_i).</summary>
    public double Bound => BaselineRisk + ReadoutTerm + DeviationTerm;

    /// <summary>R(θ) enclosed (interval forward pass at θ).</summary>
    public Interval RiskEnclosure { get; init; }

    /// <summary>
    /// The right side enclosed: R_lin(t*) + (w − t*)ᵀa + t*ᵀ(a − m_x) with a = ∇_w R = (1/n)Σ r_i h_L(x_i) from the interval reverse
    /// pass and m_x = (1/n)Σ r_i x_i from the interval predictions (r_i = ℓ′ enclosed), every operation rounded outward.
    /// </summary>
    public Interval BoundEnclosure { get; init; }

    /// <summary>‖∇_w R − (1/n)Σ r_i h_L(x_i)‖₂: the reverse pass against the forward moments (0 up to rounding).</summary>
    public double GradientMismatch { get; init; }

    /// <summary>Computes the certificate at θ for a deep ResNet without output bias (the baseline is then linear, b* = 0).</summary>
    public static NearIdentityCertificate At(PointEvidence at)
    {
        ArgumentNullException.ThrowIfNull(at);
        var moments = ResidualCorrelation.At(at.Risk, at.Theta);
        var t = at.Baseline.Weights;
        var w = at.Block("w");
        var a = at.GradientBlock("w");
        double readout = 0, deviation = 0, wt2 = 0, t2 = 0, mismatch2 = 0;
        for (int k = 0; k < t.Length; k++)
        {
            readout += (w[k] - t[k]) * a[k];
            deviation += t[k] * (moments.FeatureMoment[k] - moments.InputMoment[k]);
            wt2 += (w[k] - t[k]) * (w[k] - t[k]);
            t2 += t[k] * t[k];
            mismatch2 += (a[k] - moments.FeatureMoment[k]) * (a[k] - moments.FeatureMoment[k]);
        }
        double baselineRisk = LinearBaseline.Risk(at.Instance.Data, at.Instance.Loss, t, 0);
        double scale = Math.Abs(at.Value) + Math.Abs(baselineRisk) + (Math.Sqrt(wt2) * moments.FeatureScale) + (Math.Sqrt(t2) * (moments.FeatureScale + moments.InputScale));
        double rounding = VerdictTolerances.MeanRounding(at.SampleCount + t.Length, scale);
        return new NearIdentityCertificate(at.Value, baselineRisk, readout, deviation, rounding, moments)
        {
            GradientMismatch = Math.Sqrt(mismatch2),
            RiskEnclosure = at.PointEnclosure.Value,
            BoundEnclosure = Enclose(at, t),
        };
    }

    private static Interval Enclose(PointEvidence at, double[] t)
    {
        var data = at.Instance.Data;
        var outputs = at.Enclosure.Outputs(Numerics.Enclosures.RiskEnclosure.PointBox(at.Theta));
        var wBlock = at.Model.Graph.Layout["w"];
        var w = at.Block("w");
        int d = t.Length, n = data.Count;
        var inputMoment = new Interval[d];
        Array.Fill(inputMoment, Interval.Zero);
        for (int i = 0; i < n; i++)
        {
            var r = IntervalLoss.First(at.Instance.Loss, outputs[i], data.Target(i));
            var x = data.Input(i);
            for (int k = 0; k < d; k++)
            {
                inputMoment[k] += r * x[k];
            }
        }
        var readout = Interval.Zero;
        var deviation = Interval.Zero;
        for (int k = 0; k < d; k++)
        {
            var a = at.PointEnclosure.Gradient[wBlock.Offset + k];
            readout += (Interval.Point(w[k]) - t[k]) * a;
            deviation += t[k] * (a - (inputMoment[k] / n));
        }
        return LinearBaselineEnclosure.RiskAt(data, at.Instance.Loss, false, t, 0) + readout + deviation;
    }
}
