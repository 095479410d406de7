using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>F(x, y) = x² + y² whose Hessian reports NaN in entry [1, 0]: a model of an objective that overflowed.</summary>
public sealed class NaNHessianFunction : AnalyticTestFunction
{
    /// <inheritdoc/>
    public override string Name => "NaNHessian";

    /// <inheritdoc/>
    public override int Dimension => 2;

    /// <inheritdoc/>
    public override double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        gradient[0] = 2 * theta[0];
        gradient[1] = 2 * theta[1];
        return theta[0] * theta[0] + theta[1] * theta[1];
    }

    /// <inheritdoc/>
    public override Matrix<double> Hessian(ReadOnlySpan<double> theta) =>
        Matrix<double>.Build.DenseOfArray(new[,] { { 2, 0 }, { double.NaN, 2 } });
}
