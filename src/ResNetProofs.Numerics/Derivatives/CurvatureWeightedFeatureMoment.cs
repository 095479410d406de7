using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// M = (1/n) Σ_i ℓ″(f(x_i); y_i) h(x_i) h(x_i)ᵀ (d×d), with h the features the readout reads (h_L for a ResNet):
/// the Hessian of R in the readout w alone. Yun et al.'s "representation coverage" asks λ_min(M) &gt; 0.
/// </summary>
public static class CurvatureWeightedFeatureMoment
{
    /// <summary>M at θ for the given risk (features from node <see cref="Models.IModel.FeatureNode"/>).</summary>
    public static Matrix<double> At(EmpiricalRisk risk, ReadOnlySpan<double> theta)
    {
        var forward = risk.Forward(theta);
        int featureNode = risk.Model.FeatureNode;
        int d = risk.Model.Graph.Nodes[featureNode].Dim;
        var h = forward.Values[featureNode];
        var f = forward.Predictions;
        int n = f.Length;
        var m = Matrix<double>.Build.Dense(d, d);
        for (int i = 0; i < n; i++)
        {
            double c = risk.Loss.Second(f[i], risk.Data.Target(i)) / n;
            for (int a = 0; a < d; a++)
            {
                double ca = c * h[i * d + a];
                for (int b = 0; b < d; b++)
                {
                    m[a, b] += ca * h[i * d + b];
                }
            }
        }
        return m;
    }
}
