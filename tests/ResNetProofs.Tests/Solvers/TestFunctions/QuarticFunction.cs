using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>
/// F(x) = x⁴: a degenerate minimiser at 0 (F″(0) = 0). The Newton step maps x to 2x/3, so ‖∇F‖ = 4|x|³ falls
/// only linearly, by (2/3)³ = 8/27 per step.
/// </summary>
public sealed class QuarticFunction : AnalyticTestFunction
{
    /// <inheritdoc/>
    public override string Name => "Quartic";

    /// <inheritdoc/>
    public override int Dimension => 1;

    /// <inheritdoc/>
    public override double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double x = theta[0];
        gradient[0] = 4 * x * x * x;
        return x * x * x * x;
    }

    /// <inheritdoc/>
    public override Matrix<double> Hessian(ReadOnlySpan<double> theta) =>
        Matrix<double>.Build.DenseOfArray(new[,] { { 12 * theta[0] * theta[0] } });
}
