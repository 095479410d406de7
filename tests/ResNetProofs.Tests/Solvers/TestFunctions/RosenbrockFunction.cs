using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>
/// Rosenbrock F(x, y) = (1 − x)² + 100(y − x²)²: one critical point, the minimiser (1, 1), with
/// ∇²F(1, 1) = [[802, −400], [−400, 200]] (eigenvalues ≈ 1001.6 and 0.399).
/// </summary>
public sealed class RosenbrockFunction : AnalyticTestFunction
{
    /// <inheritdoc/>
    public override string Name => "Rosenbrock";

    /// <inheritdoc/>
    public override int Dimension => 2;

    /// <inheritdoc/>
    public override double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double x = theta[0], y = theta[1];
        double r = y - x * x;
        gradient[0] = -2 * (1 - x) - 400 * x * r;
        gradient[1] = 200 * r;
        return (1 - x) * (1 - x) + 100 * r * r;
    }

    /// <inheritdoc/>
    public override Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        double x = theta[0], y = theta[1];
        return Matrix<double>.Build.DenseOfArray(new[,]
        {
            { 2 - 400 * (y - x * x) + 800 * x * x, -400 * x },
            { -400 * x, 200 },
        });
    }
}
