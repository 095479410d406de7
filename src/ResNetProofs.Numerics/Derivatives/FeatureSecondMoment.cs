using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// The uncentred second moment S = (1/n) Σ_i h(x_i) h(x_i)ᵀ (d×d) of the features the readout reads (node
/// <see cref="Models.IModel.FeatureNode"/>, h = x + V F(x) for a single block); unweighted, unlike
/// <see cref="CurvatureWeightedFeatureMoment"/>. Each entry is an n-term mean (rounding ≈ n·u·max_i ‖h_i‖²).
/// </summary>
public static class FeatureSecondMoment
{
    /// <summary>S at θ for the given risk's model and data (features from a forward pass at θ).</summary>
    /// <exception cref="ArgumentException">θ has the wrong length or a NaN/∞ entry.</exception>
    public static Matrix<double> At(EmpiricalRisk risk, ReadOnlySpan<double> theta)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var forward = risk.Forward(theta);
        int node = risk.Model.FeatureNode;
        return Of(forward.Values[node], forward.Count, risk.Model.Graph.Nodes[node].Dim);
    }

    /// <summary>S = (1/n) Σ_i h_i h_iᵀ for rows h_i stored row-major in <paramref name="rows"/> (n×d).</summary>
    /// <exception cref="ArgumentException">n or d is not positive, or the length is not n·d.</exception>
    public static Matrix<double> Of(ReadOnlySpan<double> rows, int count, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        if (rows.Length != count * dimension)
        {
            throw new ArgumentException($"rows has {rows.Length} entries but n·d = {count}·{dimension} = {count * dimension}", nameof(rows));
        }
        var s = Matrix<double>.Build.Dense(dimension, dimension);
        for (int i = 0; i < count; i++)
        {
            var h = rows.Slice(i * dimension, dimension);
            for (int a = 0; a < dimension; a++)
            {
                for (int b = 0; b <= a; b++)
                {
                    s[a, b] += h[a] * h[b];
                }
            }
        }
        for (int a = 0; a < dimension; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                s[a, b] /= count;
                s[b, a] = s[a, b];
            }
        }
        return s;
    }
}
