using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Objectives;

/// <summary>
/// The population loss L(w, a) = ½E_Z(f(Z; w, a) − f(Z; w*, a*))² of the non-overlapping CNN on standard Gaussian Z, in closed form
/// (derived from the <see cref="ArcCosineKernel"/> identities; patches are independent, so E(Σ_j g_j)² = Σ_j Var g_j + (Σ_j E g_j)²).
/// With b = a + β1, b* = a* + β1, A = ‖w‖, B = ‖w*‖, S = 1ᵀb, S* = 1ᵀb*, m² = 1/(2π), α = ½ − m², κ = AB·h(φ)/(2π):
/// 2L = αA²‖b‖² + m²A²S² + 2m²AB(bᵀb* − SS*) − 2κ·bᵀb* + kγ²‖w − w*‖² + γS(A² − wᵀw*) − γS*(wᵀw* − B²) + αB²‖b*‖² + m²B²S*².
/// θ = (w, a) ∈ R^{p+k}; gradient and Hessian are exact (analytic). Absolute rounding of L is about (p + k)·u·(½E y²).
/// </summary>
/// <remarks>
/// L is not differentiable at w = 0 (its ‖w‖ and κ terms are positively homogeneous there). At w = 0 the gradient returned is
/// E_Z of the back-propagated gradient with relu′(0) = 0 (what a sample-based implementation computes, and what
/// <see cref="CnnMonteCarloLoss"/> estimates): ∇_w L = −γ(S*/2 + kγ)w*, ∇_a L = 0; the Hessian there has NaN in its w rows and
/// columns. Elsewhere the Hessian is continuous, including at φ = 0 and φ = π (the term r rᵀ/‖r‖, r = ŵ* − cos φ·ŵ, tends to 0).
/// </remarks>
public sealed class CnnPopulationLoss : ISmoothObjective
{
    private static readonly double M2 = 1 / (2 * Math.PI);
    private static readonly double Alpha = 0.5 - M2;
    private readonly int _p;
    private readonly int _k;
    private readonly double _beta;
    private readonly double _gamma;
    private readonly double[] _ws;
    private readonly double[] _bs;
    private readonly double _bNorm;
    private readonly double _sStar;
    private readonly double _constant;

    /// <summary>The population loss against <paramref name="teacher"/> (same architecture for student and teacher).</summary>
    public CnnPopulationLoss(CnnTeacher teacher)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        Teacher = teacher;
        var arch = teacher.Architecture;
        _p = arch.PatchDimension;
        _k = arch.Patches;
        _beta = arch.Beta;
        _gamma = arch.Gamma;
        _ws = [.. teacher.Filter];
        _bs = teacher.Readout.Select(x => x + _beta).ToArray();
        _bNorm = teacher.FilterNorm;
        _sStar = _bs.Sum();
        double b2 = _bNorm * _bNorm;
        _constant = (Alpha * b2 * _bs.Sum(x => x * x)) + (M2 * b2 * _sStar * _sStar);
        Scale = 2 * LossOfZero();
    }

    /// <summary>The teacher (w*, a*) with its architecture.</summary>
    public CnnTeacher Teacher { get; }

    /// <inheritdoc/>
    public int Dimension => _p + _k;

    /// <summary>E y² = 2·L(0, a) (any a: w = 0 gives f ≡ 0): the scale of L's rounding.</summary>
    public double Scale { get; }

    /// <summary>½E y², the loss of the zero predictor (w = 0); a relative loss tolerance multiplies this.</summary>
    public double ZeroPredictorLoss => Scale / 2;

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> theta) => Evaluate(theta, null, null);

    /// <inheritdoc/>
    public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        if (gradient.Length != Dimension)
        {
            throw new ArgumentException($"gradient has {gradient.Length} entries but P = {Dimension}", nameof(gradient));
        }
        var g = new double[Dimension];
        double value = Evaluate(theta, g, null);
        g.CopyTo(gradient);
        return value;
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result) =>
        Hessian(theta).Multiply(Vector<double>.Build.DenseOfArray(v.ToArray())).AsArray().CopyTo(result);

    /// <inheritdoc/>
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        var h = Matrix<double>.Build.Dense(Dimension, Dimension);
        Evaluate(theta, null, h);
        return h;
    }

    private double LossOfZero() => (_constant + (_k * _gamma * _gamma * _bNorm * _bNorm) + (_gamma * _sStar * _bNorm * _bNorm)) / 2;

    private double Evaluate(ReadOnlySpan<double> theta, double[]? grad, Matrix<double>? hess)
    {
        if (theta.Length != Dimension)
        {
            throw new ArgumentException($"theta has {theta.Length} entries but P = p + k = {Dimension}", nameof(theta));
        }
        for (int i = 0; i < theta.Length; i++)
        {
            if (!double.IsFinite(theta[i]))
            {
                throw new ArgumentException($"theta[{i}] is {theta[i]}: entries must be finite", nameof(theta));
            }
        }
        int p = _p, k = _k;
        var w = theta[..p];
        var b = new double[k];
        for (int j = 0; j < k; j++)
        {
            b[j] = theta[p + j] + _beta;
        }
        double a2 = 0, wws = 0, dist2 = 0;
        for (int i = 0; i < p; i++)
        {
            a2 += w[i] * w[i];
            wws += w[i] * _ws[i];
            double d = w[i] - _ws[i];
            dist2 += d * d;
        }
        double aNorm = Math.Sqrt(a2), bn = _bNorm;
        double s = b.Sum(), bb = 0, bn2 = 0;
        for (int j = 0; j < k; j++)
        {
            bb += b[j] * _bs[j];
            bn2 += b[j] * b[j];
        }
        double gm = _gamma, ss = _sStar;

        // Angle geometry: ŵ, c = cos φ, r = ŵ* − cŵ (‖r‖ = sin φ), φ = atan2(‖r‖, c).
        var wHat = new double[p];
        var r = new double[p];
        double phi = 0, sinPhi = 0, kappa = 0;
        if (aNorm > 0)
        {
            double c = 0;
            for (int i = 0; i < p; i++)
            {
                wHat[i] = w[i] / aNorm;
                c += wHat[i] * _ws[i] / bn;
            }
            double r2 = 0;
            for (int i = 0; i < p; i++)
            {
                r[i] = (_ws[i] / bn) - (c * wHat[i]);
                r2 += r[i] * r[i];
            }
            sinPhi = Math.Sqrt(r2);
            phi = Math.Atan2(sinPhi, c);
            kappa = aNorm * bn * ArcCosineKernel.Shape(phi) / (2 * Math.PI);
        }
        double cA = 2 * M2 * bn * (bb - (s * ss));
        double twoL = (Alpha * a2 * bn2) + (M2 * a2 * s * s) + (aNorm * cA) - (2 * kappa * bb) + (k * gm * gm * dist2)
            + (gm * s * (a2 - wws)) - (gm * ss * (wws - (bn * bn))) + _constant;

        // ∇κ = ((π − φ)w* + B sin φ ŵ)/(2π); 0 at w = 0 (relu′(0) = 0 convention).
        var gradKappa = new double[p];
        if (aNorm > 0)
        {
            for (int i = 0; i < p; i++)
            {
                gradKappa[i] = (((Math.PI - phi) * _ws[i]) + (bn * sinPhi * wHat[i])) / (2 * Math.PI);
            }
        }
        double q = (Alpha * bn2) + (M2 * s * s) + (gm * s);

        if (grad is not null)
        {
            if (aNorm == 0)
            {
                for (int i = 0; i < p; i++)
                {
                    grad[i] = -gm * ((ss / 2) + (k * gm)) * _ws[i];
                }
                for (int j = 0; j < k; j++)
                {
                    grad[p + j] = 0;
                }
            }
            else
            {
                for (int i = 0; i < p; i++)
                {
                    grad[i] = 0.5 * ((2 * q * w[i]) + (cA * wHat[i]) - (2 * bb * gradKappa[i]) + (2 * k * gm * gm * (w[i] - _ws[i])) - (gm * (s + ss) * _ws[i]));
                }
                for (int j = 0; j < k; j++)
                {
                    grad[p + j] = 0.5 * ((2 * Alpha * a2 * b[j]) + (2 * M2 * a2 * s) + (2 * M2 * aNorm * bn * (_bs[j] - ss)) - (2 * kappa * _bs[j]) + (gm * (a2 - wws)));
                }
            }
        }

        if (hess is not null)
        {
            for (int j = 0; j < k; j++)
            {
                for (int l = 0; l < k; l++)
                {
                    hess[p + j, p + l] = (j == l ? Alpha * a2 : 0) + (M2 * a2);
                }
            }
            if (aNorm == 0)
            {
                for (int i = 0; i < p; i++)
                {
                    for (int m = 0; m < Dimension; m++)
                    {
                        hess[i, m] = double.NaN;
                        hess[m, i] = double.NaN;
                    }
                }
                return twoL / 2;
            }
            // H_bw (row j, column i) = ½[4α b_j w_i + 4m²S w_i + 2m²B(b*_j − S*)ŵ_i − 2b*_j ∂_iκ + γ(2w_i − w*_i)].
            for (int j = 0; j < k; j++)
            {
                for (int i = 0; i < p; i++)
                {
                    double v = 0.5 * ((4 * Alpha * b[j] * w[i]) + (4 * M2 * s * w[i]) + (2 * M2 * bn * (_bs[j] - ss) * wHat[i]) - (2 * _bs[j] * gradKappa[i]) + (gm * ((2 * w[i]) - _ws[i])));
                    hess[p + j, i] = v;
                    hess[i, p + j] = v;
                }
            }
            // H_ww = ½[2(Q + kγ²)I + c_A(I − ŵŵᵀ)/A − 2bᵀb*·∇²κ], ∇²κ = (B/(2πA))[sin φ (I − ŵŵᵀ) + r rᵀ/sin φ].
            double kernelScale = bn / (2 * Math.PI * aNorm);
            for (int i = 0; i < p; i++)
            {
                for (int m = 0; m < p; m++)
                {
                    double proj = (i == m ? 1 : 0) - (wHat[i] * wHat[m]);
                    double rr = sinPhi > 0 ? r[i] * r[m] / sinPhi : 0;
                    double hk = kernelScale * ((sinPhi * proj) + rr);
                    hess[i, m] = 0.5 * ((2 * (q + (k * gm * gm)) * (i == m ? 1 : 0)) + (cA * proj / aNorm) - (2 * bb * hk));
                }
            }
        }
        return twoL / 2;
    }
}
