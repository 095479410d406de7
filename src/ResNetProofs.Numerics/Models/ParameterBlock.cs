namespace ResNetProofs.Numerics.Models;

/// <summary>
/// A named block of the flat parameter vector θ: a Rows×Cols matrix stored row-major at
/// θ[Offset + r·Cols + c] (a vector is a Rows×1 block).
/// </summary>
/// <param name="Name">Stable name, e.g. "w", "V1", "U2", "phi1.W1".</param>
/// <param name="Offset">Index of the first entry in θ.</param>
/// <param name="Rows">Number of rows.</param>
/// <param name="Cols">Number of columns.</param>
public sealed record ParameterBlock(string Name, int Offset, int Rows, int Cols)
{
    /// <summary>Rows·Cols, the number of entries.</summary>
    public int Length => Rows * Cols;

    /// <summary>The block's entries inside θ (row-major).</summary>
    public ReadOnlySpan<double> Slice(ReadOnlySpan<double> theta) => theta.Slice(Offset, Length);

    /// <summary>The block's entries inside θ (row-major), writable.</summary>
    public Span<double> Slice(Span<double> theta) => theta.Slice(Offset, Length);

    /// <summary>The block as a MathNet matrix (a copy).</summary>
    public MathNet.Numerics.LinearAlgebra.Matrix<double> ToMatrix(ReadOnlySpan<double> theta)
    {
        var m = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(Rows, Cols);
        var s = Slice(theta);
        for (int r = 0; r < Rows; r++)
        {
            for (int c = 0; c < Cols; c++)
            {
                m[r, c] = s[r * Cols + c];
            }
        }
        return m;
    }
}
