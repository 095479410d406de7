using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Kernels;

namespace ResNetProofs.Numerics.Objectives;

/// <summary>
/// Weight normalisation as in Du et al. 2018 (what we implement): the filter is the unit direction w = v/‖v‖ of a free vector v, so
/// F(v, a) = L(v/‖v‖, a) for an inner objective L over θ = (w, a). Exact chain rule: ∇_v F = (I − ŵŵᵀ)∇_w L/‖v‖ and
/// ∇²_v F = J H_ww J − [ŵgᵀ + gŵᵀ + (gᵀŵ)(I − 3ŵŵᵀ)]/‖v‖², J = (I − ŵŵᵀ)/‖v‖, g = ∇_w L. F is constant along v (the radial
/// direction is an exact zero of the Hessian). Undefined at v = 0 (throws: the caller chose an invalid start).
/// </summary>
public sealed class WeightNormalizedObjective : ISmoothObjective
{
    private readonly ISmoothObjective _inner;
    private readonly int _p;

    /// <summary>Wraps <paramref name="inner"/>, whose first <paramref name="filterLength"/> variables are w.</summary>
    public WeightNormalizedObjective(ISmoothObjective inner, int filterLength)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(filterLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(filterLength, inner.Dimension);
        _inner = inner;
        _p = filterLength;
    }

    /// <inheritdoc/>
    public int Dimension => _inner.Dimension;

    /// <summary>(v/‖v‖, a): the inner objective's point.</summary>
    /// <exception cref="ArgumentException">v = 0.</exception>
    public double[] Inner(ReadOnlySpan<double> theta)
    {
        double norm = ArcCosineKernel.Norm(theta[.._p]);
        if (!(norm > 0))
        {
            throw new ArgumentException($"‖v‖ = {norm}: weight normalisation needs v ≠ 0", nameof(theta));
        }
        var x = theta.ToArray();
        for (int i = 0; i < _p; i++)
        {
            x[i] /= norm;
        }
        return x;
    }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> theta) => _inner.Value(Inner(theta));

    /// <inheritdoc/>
    public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var x = Inner(theta);
        double rho = ArcCosineKernel.Norm(theta[.._p]);
        double value = _inner.ValueAndGradient(x, gradient);
        double gw = 0;
        for (int i = 0; i < _p; i++)
        {
            gw += gradient[i] * x[i];
        }
        for (int i = 0; i < _p; i++)
        {
            gradient[i] = (gradient[i] - (gw * x[i])) / rho;
        }
        return value;
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result) =>
        Hessian(theta).Multiply(Vector<double>.Build.DenseOfArray(v.ToArray())).AsArray().CopyTo(result);

    /// <inheritdoc/>
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        var x = Inner(theta);
        double rho = ArcCosineKernel.Norm(theta[.._p]);
        int n = Dimension, p = _p;
        var g = new double[n];
        _inner.ValueAndGradient(x, g);
        var h = _inner.Hessian(x);
        var jac = Matrix<double>.Build.DenseIdentity(n);
        for (int i = 0; i < p; i++)
        {
            for (int m = 0; m < p; m++)
            {
                jac[i, m] = ((i == m ? 1 : 0) - (x[i] * x[m])) / rho;
            }
        }
        var result = jac.TransposeThisAndMultiply(h) * jac;
        double gw = 0;
        for (int i = 0; i < p; i++)
        {
            gw += g[i] * x[i];
        }
        double r2 = rho * rho;
        for (int i = 0; i < p; i++)
        {
            for (int m = 0; m < p; m++)
            {
                double curvature = (x[i] * g[m]) + (g[i] * x[m]) + (gw * ((i == m ? 1 : 0) - (3 * x[i] * x[m])));
                result[i, m] -= curvature / r2;
            }
        }
        return result;
    }
}
