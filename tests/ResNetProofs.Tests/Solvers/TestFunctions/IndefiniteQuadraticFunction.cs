using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>
/// F(θ) = ½θᵀAθ − bᵀθ with A = [[3, 1, 0], [1, −2, ½], [0, ½, 1]] (indefinite, index 1) and b = (1, 2, 3):
/// the only critical point is the saddle θ* = A⁻¹b.
/// </summary>
public sealed class IndefiniteQuadraticFunction : AnalyticTestFunction
{
    /// <summary>The matrix A.</summary>
    public static Matrix<double> A { get; } = Matrix<double>.Build.DenseOfArray(new[,] { { 3.0, 1, 0 }, { 1, -2, 0.5 }, { 0, 0.5, 1 } });

    /// <summary>The vector b.</summary>
    public static Vector<double> B { get; } = Vector<double>.Build.DenseOfArray([1.0, 2, 3]);

    /// <inheritdoc/>
    public override string Name => "IndefiniteQuadratic";

    /// <inheritdoc/>
    public override int Dimension => 3;

    /// <inheritdoc/>
    public override double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var t = Vector<double>.Build.DenseOfArray(theta.ToArray());
        var at = A * t;
        for (int i = 0; i < 3; i++)
        {
            gradient[i] = at[i] - B[i];
        }
        return 0.5 * t.DotProduct(at) - B.DotProduct(t);
    }

    /// <inheritdoc/>
    public override Matrix<double> Hessian(ReadOnlySpan<double> theta) => A.Clone();
}
