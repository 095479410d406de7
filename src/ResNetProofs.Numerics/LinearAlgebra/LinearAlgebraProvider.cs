namespace ResNetProofs.Numerics.LinearAlgebra;

/// <summary>Which code runs the dense symmetric eigensolvers, Cholesky factorisations and products of <see cref="DenseLinearAlgebra"/>.</summary>
public enum LinearAlgebraProvider
{
    /// <summary>MathNet.Numerics' managed code (always available).</summary>
    Managed,

    /// <summary>LAPACK and BLAS of OpenBLAS through <c>libopenblas.so.0</c> (when it is installed and not disabled).</summary>
    Native,
}
