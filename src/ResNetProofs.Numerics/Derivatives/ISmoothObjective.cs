using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// A twice-differentiable function F: R^P → R with exact derivatives: value, gradient ∇F, Hessian-vector
/// product ∇²F·v and the full Hessian ∇²F (P×P). Solvers and spectra work against this contract only.
/// </summary>
public interface ISmoothObjective
{
    /// <summary>P, the number of variables.</summary>
    int Dimension { get; }

    /// <summary>F(θ).</summary>
    double Value(ReadOnlySpan<double> theta);

    /// <summary>Writes ∇F(θ) into <paramref name="gradient"/> (length P) and returns F(θ).</summary>
    double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient);

    /// <summary>Writes ∇²F(θ)·v into <paramref name="result"/> (length P).</summary>
    void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result);

    /// <summary>The full Hessian ∇²F(θ), P×P, exactly as computed (not symmetrised).</summary>
    Matrix<double> Hessian(ReadOnlySpan<double> theta);
}
