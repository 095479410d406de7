using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Unprojected online gradient descent on the linear predictor p = (w, v)ᵀ(x, F) from (w, v) = 0 with η = D/(G√T):
/// (w, v)_{t+1} = (w, v)_t − η ℓ′(p_t; y_t)(x_t, F_t). The regret bound it realises: for every ‖u‖ ≤ D with ‖g_t‖ ≤ G,
/// (1/T)Σ ℓ(p_t; y_t) ≤ (1/T)Σ ℓ(uᵀx_t; y_t) + DG/√T (Zinkevich 2003; the comparator is (u, 0)).
/// </summary>
/// <remarks>
/// Rounding (<see cref="OnlineGradientRunResult.IterateRoundingBound"/>): the computed iterates satisfy x̂_{t+1} = x̂_t − ηg_t + e_t
/// with g_t the exact gradient at x̂_t, and the regret argument then gains Σ_t [‖e_t‖(‖x̂_{t+1}‖ + ‖e_t‖ + D)/η + ‖e_t‖²/(2η)].
/// With m = d + k, u the unit round-off and μ the curvature bound: Δp_t = (m + 2)u‖x̂_t‖‖z_t‖ (dot product),
/// |Δℓ′_t| ≤ μΔp_t + 8u|ℓ′_t|, ‖e_t‖ ≤ 3u(‖x̂_t‖ + η‖g_t‖) + η(|Δℓ′_t| + 2u|ℓ′_t|)‖z_t‖, and each loss is off by
/// |ℓ′_t|Δp_t + μΔp_t²/2 + 8u(|ℓ_t| + 1). The bound is the mean of both, plus the O(u²) excess of using η̂ for η.
/// An unbounded curvature (μ = ∞) makes the bound +∞.
/// </remarks>
public static class OnlineGradientRun
{
    /// <summary>
    /// Runs T steps on the sequence (x_t, y_t) = (<paramref name="sequence"/>'s rows, in order) with features F_t, the rows of
    /// <paramref name="features"/> (row-major T×k).
    /// </summary>
    /// <exception cref="ArgumentException">Shapes disagree, a feature is NaN/∞, D ≤ 0, G ≤ 0 or not finite, or the targets do not suit the loss.</exception>
    public static OnlineGradientRunResult Run(Dataset sequence, ReadOnlySpan<double> features, int width, ILoss loss, double radius, double gradientBound)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        int steps = sequence.Count, d = sequence.Dimension, m = d + width;
        if (features.Length != steps * width)
        {
            throw new ArgumentException($"features has {features.Length} entries but T·k = {steps}·{width} = {steps * width}", nameof(features));
        }
        for (int j = 0; j < features.Length; j++)
        {
            if (!double.IsFinite(features[j]))
            {
                throw new ArgumentException($"features[{j / width}][{j % width}] is {features[j]}: features must be finite", nameof(features));
            }
        }
        if (!(radius > 0) || !double.IsFinite(radius))
        {
            throw new ArgumentException($"radius D is {radius}: need 0 < D < ∞", nameof(radius));
        }
        if (!(gradientBound > 0) || !double.IsFinite(gradientBound))
        {
            throw new ArgumentException($"gradient bound G is {gradientBound}: need 0 < G < ∞", nameof(gradientBound));
        }
        loss.ValidateTargets(sequence);

        const double u = Tolerances.UnitRoundoff;
        double mu = loss.CurvatureBound;
        double eta = radius / (gradientBound * Math.Sqrt(steps));
        var iterate = new double[m];
        var z = new double[m];
        var losses = new double[steps];
        double sum = 0, maxLoss = 0, maxGradient = 0, maxGradientError = 0, maxFeature = 0, drift = 0;
        for (int t = 0; t < steps; t++)
        {
            sequence.Input(t).CopyTo(z);
            features.Slice(t * width, width).CopyTo(z.AsSpan(d));
            double zNorm = Vectors.Norm(z), xNorm = Vectors.Norm(iterate);
            double p = 0;
            for (int j = 0; j < m; j++)
            {
                p += iterate[j] * z[j];
            }
            double y = sequence.Target(t);
            double value = loss.Value(p, y), slope = loss.First(p, y);
            double gNorm = Math.Abs(slope) * zNorm;
            for (int j = 0; j < m; j++)
            {
                iterate[j] -= eta * (slope * z[j]);
            }

            double dp = (m + 2) * u * xNorm * zNorm;
            double slopeError = (mu * dp) + (8 * u * Math.Abs(slope));
            double gradientError = (slopeError + (2 * u * Math.Abs(slope))) * zNorm;
            double e = (3 * u * (xNorm + (eta * gNorm))) + (eta * gradientError);
            drift += (e * (Vectors.Norm(iterate) + e + radius) / eta) + (e * e / (2 * eta));
            drift += (Math.Abs(slope) * dp) + (mu * dp * dp / 2) + (8 * u * (Math.Abs(value) + 1));

            losses[t] = value;
            sum += value;
            maxLoss = Math.Max(maxLoss, Math.Abs(value));
            maxGradient = Math.Max(maxGradient, gNorm);
            maxGradientError = Math.Max(maxGradientError, gradientError);
            maxFeature = Math.Max(maxFeature, zNorm);
        }
        // η̂ = η(1 + r), |r| ≤ 3u: D²/(2η̂) + η̂TG²/2 exceeds DG√T by DG√T·r²/(2(1 + r)) ≤ DG√T·5u².
        double stepExcess = 5 * u * u * radius * gradientBound / Math.Sqrt(steps);
        return new OnlineGradientRunResult
        {
            Steps = steps,
            Radius = radius,
            GradientBound = gradientBound,
            StepSize = eta,
            Losses = losses,
            AverageLoss = sum / steps,
            MaxLoss = maxLoss,
            MaxGradientNorm = maxGradient,
            GradientNormError = maxGradientError,
            MaxFeatureNorm = maxFeature,
            FinalIterate = iterate,
            IterateRoundingBound = double.IsFinite(mu) ? (drift / steps) + stepExcess : double.PositiveInfinity,
        };
    }

    /// <summary>max_t ‖(x_t, F_t)‖₂ over the sequence's rows and the rows of <paramref name="features"/> (row-major T×k).</summary>
    /// <exception cref="ArgumentException">features is not T×k.</exception>
    public static double MaxFeatureNorm(Dataset sequence, ReadOnlySpan<double> features, int width)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        if (features.Length != sequence.Count * width)
        {
            throw new ArgumentException($"features has {features.Length} entries but T·k = {sequence.Count}·{width}", nameof(features));
        }
        double max = 0;
        for (int t = 0; t < sequence.Count; t++)
        {
            var x = sequence.Input(t);
            var f = features.Slice(t * width, width);
            max = Math.Max(max, Math.Sqrt((Vectors.Norm(x) * Vectors.Norm(x)) + (Vectors.Norm(f) * Vectors.Norm(f))));
        }
        return max;
    }
}
