using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>
/// F(x, y) = x² + y: no critical point (∂F/∂y = 1), ∇²F = diag(2, 0); on the line x = 0 the gradient (0, 1) lies in
/// ker ∇²F, so ½‖∇F‖² has its minimum ½ there and no Newton-type step can reduce ‖∇F‖ below 1.
/// </summary>
public sealed class GradientInKernelFunction : AnalyticTestFunction
{
    /// <inheritdoc/>
    public override string Name => "GradientInKernel";

    /// <inheritdoc/>
    public override int Dimension => 2;

    /// <inheritdoc/>
    public override double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        gradient[0] = 2 * theta[0];
        gradient[1] = 1;
        return theta[0] * theta[0] + theta[1];
    }

    /// <inheritdoc/>
    public override Matrix<double> Hessian(ReadOnlySpan<double> theta) => Matrix<double>.Build.DenseOfDiagonalArray([2.0, 0]);
}
