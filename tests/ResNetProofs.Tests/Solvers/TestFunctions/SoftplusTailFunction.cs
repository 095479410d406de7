using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>
/// F(x) = log(1 + e^{−x}) (logistic loss of one correctly labelled point): F′ = −σ(−x) &lt; 0, F″ = σ(x)σ(−x) &gt; 0, so
/// F has no critical point; inf F = 0 is approached as x → ∞, where the Newton step −F′/F″ = 1 + e^{−x} stays ≈ 1.
/// </summary>
public sealed class SoftplusTailFunction : AnalyticTestFunction
{
    /// <inheritdoc/>
    public override string Name => "SoftplusTail";

    /// <inheritdoc/>
    public override int Dimension => 1;

    /// <inheritdoc/>
    public override double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double x = theta[0];
        gradient[0] = -Sigmoid(-x);
        return x > 0 ? Log1P(Math.Exp(-x)) : -x + Log1P(Math.Exp(x));
    }

    /// <inheritdoc/>
    public override Matrix<double> Hessian(ReadOnlySpan<double> theta) =>
        Matrix<double>.Build.DenseOfArray(new[,] { { Sigmoid(theta[0]) * Sigmoid(-theta[0]) } });

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>
    /// log(1 + u) to full relative accuracy for u ≥ 0 (Goldberg's trick: u·log(w)/(w − 1) with w = fl(1 + u)); .NET's
    /// double.LogP1 is log(u + 1) and returns 0 for u &lt; 1.1e−16.
    /// </summary>
    private static double Log1P(double u)
    {
        double w = 1 + u;
        return w == 1 ? u : u * Math.Log(w) / (w - 1);
    }
}
