using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Derivatives;

namespace ResNetProofs.Tests.Solvers.TestFunctions;

/// <summary>
/// A test objective with closed-form value, gradient and Hessian; the Hessian-vector product is ∇²F·v from the full
/// Hessian. Subclasses state their critical points, so solvers can be checked against known answers.
/// </summary>
public abstract class AnalyticTestFunction : ISmoothObjective
{
    /// <summary>A short name for test output.</summary>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract int Dimension { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> theta) => ValueAndGradient(theta, new double[Dimension]);

    /// <inheritdoc/>
    public abstract double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient);

    /// <inheritdoc/>
    public abstract Matrix<double> Hessian(ReadOnlySpan<double> theta);

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result)
    {
        var hv = Hessian(theta) * Vector<double>.Build.DenseOfArray(v.ToArray());
        for (int i = 0; i < Dimension; i++)
        {
            result[i] = hv[i];
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
