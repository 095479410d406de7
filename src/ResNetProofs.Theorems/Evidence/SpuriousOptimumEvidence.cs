using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Spectra;

namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// The evidence of liu2019.spurious-optimum on a plain-CNN teacher, brought to ‖w*‖ = 1: the point θ_sp = (v, a) = (−w*, a_sp) in
/// weight-normalised coordinates, L and ∇L there, the Hessian's spectra (full, modulo the radial v direction, and the readout block
/// ∇²_a L), a_spᵀa*, the condition margin, and the exact loss change when w is turned by <see cref="WitnessAngle"/> towards w*.
/// </summary>
public sealed class SpuriousOptimumEvidence
{
    /// <summary>The turn used for the loss-change witness: 0.1 rad (h(π − 0.1) ≈ 3.3e−4, far above the loss's rounding).</summary>
    public const double WitnessAngle = 0.1;

    private readonly Lazy<Computed> _computed;

    /// <summary>Evidence for <paramref name="teacher"/> (plain CNN; any ‖w*‖ ≠ 0, rescaled exactly).</summary>
    /// <exception cref="ArgumentException">The teacher has a shortcut.</exception>
    public SpuriousOptimumEvidence(CnnTeacher teacher)
    {
        Teacher = CnnSpuriousPoint.Unit(teacher);
        _computed = new(Compute);
    }

    /// <summary>The unit-filter teacher.</summary>
    public CnnTeacher Teacher { get; }

    /// <summary>θ_sp = (−w*, a_sp).</summary>
    public IReadOnlyList<double> Point => _computed.Value.Point;

    /// <summary>L(θ_sp).</summary>
    public double Loss => _computed.Value.Loss;

    /// <summary>½E y² of the teacher (the rounding scale of L).</summary>
    public double Scale => _computed.Value.Scale;

    /// <summary>‖∇_{(v,a)}L(θ_sp)‖₂ (weight-normalised coordinates).</summary>
    public double GradientNorm => _computed.Value.GradientNorm;

    /// <summary>Spectrum of the weight-normalised Hessian at θ_sp, P = p + k.</summary>
    public SymmetricSpectrumResult Hessian => _computed.Value.Hessian;

    /// <summary>λ_min of that Hessian on the complement of the radial v direction (analytically 0 when p ≥ 2: h(π − ε) = ε³/3).</summary>
    public double TangentMinEigenvalue => _computed.Value.TangentMin;

    /// <summary>Spectrum of the readout block ∇²_a L = αI + 11ᵀ/(2π).</summary>
    public SymmetricSpectrumResult ReadoutHessian => _computed.Value.Readout;

    /// <summary>a_spᵀa*: negative exactly when the point is a local minimum.</summary>
    public double Alignment => CnnSpuriousPoint.Alignment(Teacher);

    /// <summary>(k + π − 1)‖a*‖² − π(1ᵀa*)².</summary>
    public double ConditionMargin => CnnSpuriousPoint.ConditionMargin(Teacher);

    /// <summary>L(w turned by <see cref="WitnessAngle"/> towards w*, a_sp) − L(θ_sp), evaluated exactly: = −h(π − 0.1)·a_spᵀa*/(2π).</summary>
    public double WitnessLossChange => _computed.Value.Witness;

    private Computed Compute()
    {
        var loss = new CnnPopulationLoss(Teacher);
        int p = Teacher.Architecture.PatchDimension, k = Teacher.Architecture.Patches;
        var wn = new WeightNormalizedObjective(loss, p);
        var point = CnnSpuriousPoint.Point(Teacher);
        var g = new double[point.Length];
        double value = wn.ValueAndGradient(point, g);
        var h = wn.Hessian(point);
        var full = SymmetricSpectrum.Compute(h);
        // Orthonormal basis of the complement of the radial direction e = (v/‖v‖, 0): Householder-free via the eigenvectors of I − eeᵀ.
        var e = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray([.. point.Take(p), .. new double[k]]);
        e /= e.L2Norm();
        var projector = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(point.Length) - e.OuterProduct(e);
        var basis = projector.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenVectors.SubMatrix(0, point.Length, 1, point.Length - 1);
        double tangent = SymmetricSpectrum.Compute(basis.TransposeThisAndMultiply(h) * basis).MinEigenvalue;
        var readout = SymmetricSpectrum.Compute(h.SubMatrix(p, k, p, k));

        // Witness: rotate −w* by WitnessAngle towards w* in the plane of w* and a unit vector u ⊥ w*.
        var turned = (double[])point.Clone();
        if (p >= 2)
        {
            var u = new double[p];
            int j = Enumerable.Range(0, p).MinBy(i => Math.Abs(Teacher.Filter[i]));
            u[j] = 1;
            double dot = Teacher.Filter[j];
            for (int i = 0; i < p; i++)
            {
                u[i] -= dot * Teacher.Filter[i];
            }
            double un = ArcCosineKernel.Norm(u);
            for (int i = 0; i < p; i++)
            {
                turned[i] = (-Math.Cos(WitnessAngle) * Teacher.Filter[i]) + (Math.Sin(WitnessAngle) * u[i] / un);
            }
        }
        double witness = p >= 2 ? wn.Value(turned) - value : double.NaN;
        return new Computed(point, value, loss.ZeroPredictorLoss, ArcCosineKernel.Norm(g), full, tangent, readout, witness);
    }

    private sealed record Computed(double[] Point, double Loss, double Scale, double GradientNorm, SymmetricSpectrumResult Hessian, double TangentMin, SymmetricSpectrumResult Readout, double Witness);
}
