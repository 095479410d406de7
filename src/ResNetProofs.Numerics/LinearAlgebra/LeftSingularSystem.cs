using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.LinearAlgebra;

/// <summary>The left half of A = U Σ Vᵀ for an m×n matrix A: singular values descending and the full m×m U.</summary>
/// <param name="Values">σ_1 ≥ … ≥ σ_min(m,n) ≥ 0.</param>
/// <param name="Vectors">U (m×m, orthogonal to rounding), column k the left singular vector of σ_k for k &lt; min(m, n).</param>
public sealed record LeftSingularSystem(double[] Values, Matrix<double> Vectors);
