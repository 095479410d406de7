using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// A twice-differentiable function F: R^P → R with exact derivatives: value, gradient ∇F, Hessian-vector
/// product ∇²F·v and the full Hessian ∇²F (P×P). Solvers and spectra work against this contract only.
/// </summary>
public interface ISmoothObjective : IDifferentiableObjective
{
    /// <summary>F(θ).</summary>
    double Value(ReadOnlySpan<double> theta);

    /// <summary>Writes ∇²F(θ)·v into <paramref name="result"/> (length P).</summary>
    void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result);

    /// <summary>The full Hessian ∇²F(θ), P×P, exactly as computed (not symmetrised).</summary>
    Matrix<double> Hessian(ReadOnlySpan<double> theta);
}
