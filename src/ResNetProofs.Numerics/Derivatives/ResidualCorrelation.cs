using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// The residual-weighted moments of a model whose readout acts on features h(x) ∈ R^d (node <see cref="IModel.FeatureNode"/>,
/// h_L for a deep ResNet): with r_i = ℓ′(f(x_i); y_i), <see cref="FeatureMoment"/> = (1/n)Σ r_i h(x_i) (which equals ∇_w R
/// when f = wᵀh (+ c)) and <see cref="InputMoment"/> = (1/n)Σ r_i x_i, plus the sizes that bound their rounding.
/// </summary>
/// <param name="FeatureMoment">(1/n)Σ r_i h(x_i), length d.</param>
/// <param name="InputMoment">(1/n)Σ r_i x_i, length d.</param>
/// <param name="Residuals">r_i = ℓ′(f(x_i); y_i), length n.</param>
/// <param name="MaxResidual">G = max_i |r_i|, the largest realised slope of ℓ.</param>
/// <param name="MaxInputNorm">max_i ‖x_i‖₂.</param>
/// <param name="FeatureScale">(1/n)Σ |r_i|·‖h(x_i)‖₂: the size of the terms of <see cref="FeatureMoment"/> (its rounding scale).</param>
/// <param name="InputScale">(1/n)Σ |r_i|·‖x_i‖₂: the size of the terms of <see cref="InputMoment"/>.</param>
/// <param name="DeviationScale">(1/n)Σ |r_i|·‖h(x_i) − x_i‖₂ ≥ ‖FeatureMoment − InputMoment‖₂.</param>
/// <param name="MaxDeviationRatio">max_i ‖h(x_i) − x_i‖₂/‖x_i‖₂ over x_i ≠ 0 (0 when every x_i = 0).</param>
public sealed record ResidualCorrelation(
    double[] FeatureMoment,
    double[] InputMoment,
    double[] Residuals,
    double MaxResidual,
    double MaxInputNorm,
    double FeatureScale,
    double InputScale,
    double DeviationScale,
    double MaxDeviationRatio)
{
    /// <summary>Computes the moments at θ with one forward pass of <paramref name="risk"/>; the feature node must have width d.</summary>
    /// <exception cref="ArgumentException">θ has the wrong length or a NaN/∞ entry, or the features are not d-dimensional.</exception>
    public static ResidualCorrelation At(EmpiricalRisk risk, ReadOnlySpan<double> theta)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var data = risk.Data;
        int n = data.Count, d = data.Dimension;
        int featureDim = risk.Model.Graph.Nodes[risk.Model.FeatureNode].Dim;
        if (featureDim != d)
        {
            throw new ArgumentException($"the model's features have width {featureDim} but d = {d}: h(x) − x is undefined", nameof(risk));
        }
        var forward = risk.Forward(theta);
        var features = forward.Values[risk.Model.FeatureNode];
        var predictions = forward.Predictions;
        var feature = new double[d];
        var input = new double[d];
        var residuals = new double[n];
        double maxResidual = 0, maxInput = 0, featureScale = 0, inputScale = 0, deviationScale = 0, maxRatio = 0;
        for (int i = 0; i < n; i++)
        {
            var x = data.Input(i);
            var h = features.AsSpan(i * d, d);
            double r = risk.Loss.First(predictions[i], data.Target(i));
            residuals[i] = r;
            double hNorm = 0, xNorm = 0, deviation = 0;
            for (int k = 0; k < d; k++)
            {
                feature[k] += r * h[k];
                input[k] += r * x[k];
                hNorm += h[k] * h[k];
                xNorm += x[k] * x[k];
                deviation += (h[k] - x[k]) * (h[k] - x[k]);
            }
            hNorm = Math.Sqrt(hNorm);
            xNorm = Math.Sqrt(xNorm);
            deviation = Math.Sqrt(deviation);
            maxResidual = Math.Max(maxResidual, Math.Abs(r));
            maxInput = Math.Max(maxInput, xNorm);
            featureScale += Math.Abs(r) * hNorm;
            inputScale += Math.Abs(r) * xNorm;
            deviationScale += Math.Abs(r) * deviation;
            if (xNorm > 0)
            {
                maxRatio = Math.Max(maxRatio, deviation / xNorm);
            }
        }
        for (int k = 0; k < d; k++)
        {
            feature[k] /= n;
            input[k] /= n;
        }
        return new ResidualCorrelation(feature, input, residuals, maxResidual, maxInput, featureScale / n, inputScale / n, deviationScale / n, maxRatio);
    }
}
