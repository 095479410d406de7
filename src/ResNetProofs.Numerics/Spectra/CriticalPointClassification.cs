using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Spectra;

/// <summary>
/// Classifies a critical point from its Hessian H (P×P) and the tangent directions d_1..d_m of a parameter symmetry:
/// the inertia of H, r = rank[d_1 … d_m], and λ_min of H restricted to S^⊥ = span(d)^⊥, i.e. of Cᵀ H C with CᵀC = I, range C = S^⊥.
/// Consistency rule: when the full H has a witnessed negative eigenvalue (ρ_v &lt; −(ε_rel·‖H‖₂ + β_v)) that Cᵀ H C lost, the quotient
/// is discarded and the "modulo symmetries" fields fall back to H (see <see cref="CriticalPointClassificationResult.QuotientContradicted"/>).
/// </summary>
public static class CriticalPointClassification
{
    /// <summary>
    /// Classifies H modulo the tangents that <see cref="ContinuousSymmetries.Admissible"/> admitted at θ; the result lists the
    /// quotiented families (with ‖H·t‖₂/(‖H‖₂‖t‖₂)) and the excluded ones with their reasons.
    /// </summary>
    /// <exception cref="ArgumentException">As for <see cref="Classify(Matrix{double}, IReadOnlyList{double[]})"/>.</exception>
    public static CriticalPointClassificationResult Classify(Matrix<double> hessian, SymmetryAdmissibility symmetries)
    {
        ArgumentNullException.ThrowIfNull(symmetries);
        var result = Classify(hessian, symmetries.Directions);
        double norm = result.Spectrum.Norm;
        var admitted = symmetries.Admitted;
        var residuals = KernelResiduals(hessian, admitted.Select(t => t.Direction).ToList(), norm);
        var families = admitted
            .Select((t, k) => (Tangent: t, Residual: residuals[k]))
            .GroupBy(x => (x.Tangent.Family, x.Tangent.Kind))
            .Select(g => new QuotientedSymmetryFamily(g.Key.Family, g.Key.Kind, g.Count(), g.Max(x => x.Residual)))
            .ToList();
        return result with { QuotientedFamilies = families, ExcludedFamilies = symmetries.Excluded };
    }

    /// <summary>
    /// Inertia of H and of Cᵀ H C, zero meaning |λ̂_j| ≤ <see cref="Tolerances.EigenvalueZeroRelative"/>·‖H‖₂ + e_j; r from the SVD of
    /// the P×m direction matrix with <see cref="Tolerances.RankThreshold"/>; C = the left singular vectors beyond r. Every direction is
    /// quotiented (the caller vouches that each is a symmetry tangent at θ), subject to the consistency rule.
    /// </summary>
    /// <exception cref="ArgumentException">H is not square or has a non-finite entry; a direction is null, has length ≠ P, or has a non-finite entry.</exception>
    public static CriticalPointClassificationResult Classify(Matrix<double> hessian, IReadOnlyList<double[]> symmetryDirections)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentNullException.ThrowIfNull(symmetryDirections);
        int p = hessian.RowCount, m = symmetryDirections.Count;
        for (int k = 0; k < m; k++)
        {
            var dk = symmetryDirections[k] ?? throw new ArgumentException($"symmetryDirections[{k}] is null", nameof(symmetryDirections));
            if (dk.Length != p)
            {
                throw new ArgumentException($"symmetryDirections[{k}] has length {dk.Length} but H is {p}×{p}", nameof(symmetryDirections));
            }
            for (int i = 0; i < p; i++)
            {
                if (!double.IsFinite(dk[i]))
                {
                    throw new ArgumentException($"symmetryDirections[{k}][{i}] is {dk[i]}: entries must be finite", nameof(symmetryDirections));
                }
            }
        }

        var spectrum = SymmetricSpectrum.Compute(hessian);
        double zeroAbsolute = Tolerances.EigenvalueZeroRelative * spectrum.Norm;
        var (positive, negative, zero) = Inertia(spectrum, zeroAbsolute);

        int rank = 0;
        double rankTolerance = 0;
        Matrix<double>? leftVectors = null;
        if (m > 0)
        {
            var directions = Matrix<double>.Build.Dense(p, m, (i, k) => symmetryDirections[k][i]);
            var (sigma, u) = DenseLinearAlgebra.LeftSingular(directions);
            double sigmaMax = sigma.Length > 0 ? sigma[0] : 0.0;
            rankTolerance = Tolerances.RankThreshold(p, m, sigmaMax);
            while (rank < sigma.Length && sigmaMax > 0 && sigma[rank] > rankTolerance)
            {
                rank++;
            }
            leftVectors = u;
        }

        SymmetricSpectrumResult? complement;
        EigenWitness? complementWitness = null;
        if (rank == 0)
        {
            complement = spectrum;
            complementWitness = spectrum.Witness;
        }
        else if (rank == p)
        {
            complement = null;
        }
        else
        {
            var basis = leftVectors!.SubMatrix(0, p, rank, p - rank);
            var symmetric = (0.5 * hessian) + (0.5 * hessian.Transpose());
            // Cᵀ (H_sym C): two dense products, by dgemm on the native path (they cost more than the eigensolver when done managed).
            var projected = DenseLinearAlgebra.Multiply(basis.Transpose(), DenseLinearAlgebra.Multiply(symmetric, basis));
            complement = SymmetricSpectrum.Compute(projected);
            if (complement.MinEigenvalue < 0)
            {
                var v = basis * Vector<double>.Build.DenseOfArray(complement.Eigenvector(0));
                complementWitness = EigenWitness.FromVector(hessian, v.ToArray());
            }
        }

        var (cPositive, cNegative, cZero) = complement is null ? (0, 0, 0) : Inertia(complement, zeroAbsolute);
        double projectedMin = complement?.MinEigenvalue ?? double.PositiveInfinity;

        // Consistency rule: if every direction were in ker H, S would be H-invariant with H = 0 on S, and H and CᵀHC would have the
        // same negative eigenvalues. A witnessed negative eigenvalue of H that CᵀHC lost proves otherwise: discard the quotient.
        var witness = spectrum.Witness;
        bool contradicted = rank > 0 && witness is not null && witness.RayleighQuotient < -(zeroAbsolute + witness.RoundingBound) && cNegative < negative;
        string note = "";
        if (contradicted)
        {
            note = string.Create(CultureInfo.InvariantCulture,
                $"quotient discarded: ∇²R has a witness with vᵀHv/‖v‖² = {witness!.RayleighQuotient:G6} < −(ε_rel·‖H‖₂ + β) = {-(zeroAbsolute + witness.RoundingBound):G6} ({negative} negative eigenvalues), but on the complement of the {rank} symmetry directions λ_min = {projectedMin:G6} ({cNegative} negative): some direction is not in ker ∇²R here");
            complement = spectrum;
            complementWitness = witness;
            (cPositive, cNegative, cZero) = (positive, negative, zero);
        }
        return new CriticalPointClassificationResult
        {
            MinEigenvalue = spectrum.MinEigenvalue,
            MaxEigenvalue = spectrum.MaxEigenvalue,
            PositiveCount = positive,
            NegativeCount = negative,
            ZeroCount = zero,
            ZeroRelativeTolerance = Tolerances.EigenvalueZeroRelative,
            ZeroAbsoluteTolerance = zeroAbsolute,
            SymmetryRank = rank,
            SymmetryRankTolerance = rankTolerance,
            ComplementDimension = contradicted ? p : p - rank,
            ComplementMinEigenvalue = complement?.MinEigenvalue ?? double.PositiveInfinity,
            ComplementPositiveCount = cPositive,
            ComplementNegativeCount = cNegative,
            ComplementZeroCount = cZero,
            Asymmetry = spectrum.Asymmetry,
            Witness = spectrum.Witness,
            ComplementWitness = complementWitness,
            ComplementWitnessAlignment = complementWitness is null ? double.NaN : Alignment(symmetryDirections, complementWitness.Vector),
            Spectrum = spectrum,
            ComplementSpectrum = complement,
            ProjectedMinEigenvalue = projectedMin,
            QuotientContradicted = contradicted,
            QuotientNote = note,
            QuotientedFamilies = [],
            ExcludedFamilies = [],
        };
    }

    /// <summary>‖H·t_k‖₂ / (‖H‖₂·‖t_k‖₂) for every direction t_k (0 when t_k = 0 or ‖H‖₂ = 0), from one product H·[t_1 … t_m].</summary>
    private static double[] KernelResiduals(Matrix<double> hessian, IReadOnlyList<double[]> directions, double norm)
    {
        int p = hessian.RowCount, m = directions.Count;
        var residuals = new double[m];
        if (m == 0 || norm == 0)
        {
            return residuals;
        }
        var product = DenseLinearAlgebra.Multiply(hessian, Matrix<double>.Build.Dense(p, m, (i, k) => directions[k][i]));
        for (int k = 0; k < m; k++)
        {
            double tNorm = Math.Sqrt(directions[k].Sum(x => x * x));
            residuals[k] = tNorm == 0 ? 0 : product.Column(k).L2Norm() / (norm * tNorm);
        }
        return residuals;
    }

    /// <summary>(#positive, #negative, #zero) with zero meaning |λ̂_j| ≤ zeroAbsolute + e_j.</summary>
    private static (int Positive, int Negative, int Zero) Inertia(SymmetricSpectrumResult spectrum, double zeroAbsolute)
    {
        int positive = 0, negative = 0, zero = 0;
        for (int j = 0; j < spectrum.Dimension; j++)
        {
            double lambda = spectrum.Eigenvalues[j], band = zeroAbsolute + spectrum.ErrorBounds[j];
            if (lambda > band)
            {
                positive++;
            }
            else if (lambda < -band)
            {
                negative++;
            }
            else
            {
                zero++;
            }
        }
        return (positive, negative, zero);
    }

    /// <summary>max_k |d_kᵀv| / ‖d_k‖ over non-zero d_k (0 when every direction is zero or there are none).</summary>
    private static double Alignment(IReadOnlyList<double[]> directions, double[] v)
    {
        double worst = 0;
        foreach (var d in directions)
        {
            double dot = 0, norm2 = 0;
            for (int i = 0; i < v.Length; i++)
            {
                dot += d[i] * v[i];
                norm2 += d[i] * d[i];
            }
            if (norm2 > 0)
            {
                worst = Math.Max(worst, Math.Abs(dot) / Math.Sqrt(norm2));
            }
        }
        return worst;
    }
}
