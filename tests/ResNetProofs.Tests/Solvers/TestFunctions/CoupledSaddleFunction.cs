using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>
/// F(x, y) = x² − y² + x⁴/4 + y⁴/4 + xy/2: a saddle at the origin with ∇²F(0, 0) = [[2, ½], [½, −2]]
/// (eigenvalues ±√4.25), and two minima near (0, ±√2) (coupled, so not exactly there).
/// </summary>
public sealed class CoupledSaddleFunction : AnalyticTestFunction
{
    /// <inheritdoc/>
    public override string Name => "CoupledSaddle";

    /// <inheritdoc/>
    public override int Dimension => 2;

    /// <inheritdoc/>
    public override double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double x = theta[0], y = theta[1];
        gradient[0] = 2 * x + x * x * x + 0.5 * y;
        gradient[1] = -2 * y + y * y * y + 0.5 * x;
        return x * x - y * y + x * x * x * x / 4 + y * y * y * y / 4 + 0.5 * x * y;
    }

    /// <inheritdoc/>
    public override Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        double x = theta[0], y = theta[1];
        return Matrix<double>.Build.DenseOfArray(new[,] { { 2 + 3 * x * x, 0.5 }, { 0.5, -2 + 3 * y * y } });
    }
}
