using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>
/// F(x) = ½Σλ_i x_i² with ∇F = (λ_i x_i): fixed-step descent maps x_i to (1 − ηλ_i)x_i, so after t steps
/// x_i = (1 − ηλ_i)^t x_i(0) in closed form (exact in binary while the powers fit in 53 bits).
/// </summary>
public sealed class DiagonalQuadraticFunction(params double[] curvatures) : AnalyticTestFunction
{
    /// <inheritdoc/>
    public override string Name => $"DiagonalQuadratic({string.Join(", ", curvatures)})";

    /// <inheritdoc/>
    public override int Dimension => curvatures.Length;

    /// <inheritdoc/>
    public override double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double value = 0;
        for (int i = 0; i < curvatures.Length; i++)
        {
            gradient[i] = curvatures[i] * theta[i];
            value += 0.5 * curvatures[i] * theta[i] * theta[i];
        }
        return value;
    }

    /// <inheritdoc/>
    public override Matrix<double> Hessian(ReadOnlySpan<double> theta) => Matrix<double>.Build.DenseOfDiagonalArray(curvatures);
}
