using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Spectra;

/// <summary>
/// All eigenvalues λ̂_1 ≤ … ≤ λ̂_P of A_sym = ½(A + Aᵀ), each with a bound e_j such that [λ̂_j − e_j, λ̂_j + e_j] contains an
/// eigenvalue of A_sym, plus the asymmetry of the input and, when λ̂_1 &lt; 0, a re-evaluated witness.
/// </summary>
public sealed record SymmetricSpectrumResult
{
    /// <summary>P, the order of the matrix.</summary>
    public required int Dimension { get; init; }

    /// <summary>λ̂_1 ≤ … ≤ λ̂_P (ascending).</summary>
    public required IReadOnlyList<double> Eigenvalues { get; init; }

    /// <summary>e_j = ‖A_sym v̂_j − λ̂_j v̂_j‖₂/‖v̂_j‖₂ + P·u·‖A_sym‖₂ (residual backward-error bound plus a rounding floor).</summary>
    public required IReadOnlyList<double> ErrorBounds { get; init; }

    /// <summary>λ̂_min = λ̂_1.</summary>
    public required double MinEigenvalue { get; init; }

    /// <summary>λ̂_max = λ̂_P.</summary>
    public required double MaxEigenvalue { get; init; }

    /// <summary>‖A_sym‖₂ estimated as max_j |λ̂_j|.</summary>
    public required double Norm { get; init; }

    /// <summary>The floor P·u·‖A_sym‖₂ included in every error bound.</summary>
    public required double RoundoffFloor { get; init; }

    /// <summary>‖A − Aᵀ‖_F / ‖A‖_F of the input (0 for A = 0).</summary>
    public required double Asymmetry { get; init; }

    /// <summary>When λ̂_min &lt; 0: its unit eigenvector with vᵀAv re-evaluated from the input A; null otherwise.</summary>
    public EigenWitness? Witness { get; init; }

    /// <summary>The computed eigenvectors as columns, in the order of <see cref="Eigenvalues"/>.</summary>
    internal Matrix<double>? EigenvectorMatrix { get; init; }

    /// <summary>A copy of the computed unit eigenvector v̂_j for λ̂_j (0-based index j, ascending order); empty if the vectors were not kept.</summary>
    /// <exception cref="ArgumentOutOfRangeException">j is outside 0..P−1.</exception>
    public double[] Eigenvector(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Dimension);
        return EigenvectorMatrix is null ? [] : EigenvectorMatrix.Column(index).ToArray();
    }
}
