using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>
/// F(θ) = ½‖θ‖² with a deliberately wrong Hessian −I (the true one is I): a model of an objective whose Hessian
/// disagrees with its gradient, as at a ReLU kink. Every Gauss–Newton step then raises ‖∇F‖.
/// </summary>
public sealed class SignFlippedHessianFunction : AnalyticTestFunction
{
    /// <inheritdoc/>
    public override string Name => "SignFlippedHessian";

    /// <inheritdoc/>
    public override int Dimension => 2;

    /// <inheritdoc/>
    public override double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        gradient[0] = theta[0];
        gradient[1] = theta[1];
        return 0.5 * (theta[0] * theta[0] + theta[1] * theta[1]);
    }

    /// <inheritdoc/>
    public override Matrix<double> Hessian(ReadOnlySpan<double> theta) => -Matrix<double>.Build.DenseIdentity(2);
}
