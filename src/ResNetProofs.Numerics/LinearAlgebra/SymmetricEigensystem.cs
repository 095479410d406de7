using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.LinearAlgebra;

/// <summary>A = V·diag(λ)·Vᵀ for a symmetric A: eigenvalues ascending, column k of V the unit eigenvector of λ_k.</summary>
/// <param name="Values">λ_1 ≤ … ≤ λ_P.</param>
/// <param name="Vectors">P×P orthogonal V (to rounding), columns in the order of <paramref name="Values"/>.</param>
public sealed record SymmetricEigensystem(double[] Values, Matrix<double> Vectors);
