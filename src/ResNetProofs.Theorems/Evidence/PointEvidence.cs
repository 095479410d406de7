using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Numerics.Spectra;

namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// Everything a theorem may ask about one instance at its θ, computed by the numerics library on first use and cached:
/// R, ∇R (exact), the kink distance, the Hessian and its classification modulo symmetries, R_lin and t*, the moment M.
/// <see cref="Refinement"/> is the record of how θ was found, when it was refined.
/// </summary>
public sealed class PointEvidence
{
    private readonly Lazy<EmpiricalRisk> _risk;
    private readonly Lazy<(double Value, double[] Gradient)> _first;
    private readonly Lazy<KinkReport> _kink;
    private readonly Lazy<Matrix<double>> _hessian;
    private readonly Lazy<CriticalPointClassificationResult> _classification;
    private readonly Lazy<LinearBaselineResult> _baseline;
    private readonly Lazy<SymmetricSpectrumResult> _moment;
    private readonly Lazy<RiskEnclosure> _enclosure;
    private readonly Lazy<GradientEnclosure> _pointEnclosure;
    private readonly Lazy<CriticalPointCertificate> _certificate;
    private readonly Lazy<LinearBaselineEnclosureResult> _baselineEnclosure;

    /// <summary>Evidence about <paramref name="instance"/> at its parameters; <paramref name="refinement"/> when θ came from NewtonRefinement.</summary>
    public PointEvidence(Instance instance, RefinementResult? refinement = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Instance = instance;
        Refinement = refinement;
        _risk = new(instance.CreateRisk);
        _first = new(() =>
        {
            var g = new double[Risk.Dimension];
            double r = Risk.ValueAndGradient(Theta, g);
            return (r, g);
        });
        _kink = new(() => Risk.KinkDistance(Theta));
        _hessian = new(() => Risk.Hessian(Theta));
        _classification = new(() => CriticalPointClassification.Classify(Hessian, ContinuousSymmetries.Admissible(Model.Graph, Theta)));
        _baseline = new(() => LinearBaseline.Minimize(instance.Data, instance.Loss, instance.Model.OutputBias));
        _moment = new(() => SymmetricSpectrum.Compute(CurvatureWeightedFeatureMoment.At(Risk, Theta)));
        _enclosure = new(() => new RiskEnclosure(Risk));
        _pointEnclosure = new(() => Enclosure.Gradient(RiskEnclosure.PointBox(Theta)));
        _certificate = new(CertifyCriticalPoint);
        _baselineEnclosure = new(() => LinearBaselineEnclosure.Compute(instance.Data, instance.Loss, Baseline));
    }

    /// <summary>
    /// The library's entry point for one instance: the evidence at θ as given when <paramref name="refinement"/> is null; otherwise
    /// θ is first refined by <see cref="NewtonRefinement"/> with those options, and the evidence is at the refined θ with the
    /// refinement record (which then gates every second-order verdict).
    /// </summary>
    public static PointEvidence Build(Instance instance, NewtonRefinementOptions? refinement = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (refinement is null)
        {
            return new PointEvidence(instance);
        }
        var result = NewtonRefinement.Refine(instance.CreateRisk(), instance.Parameters, refinement);
        return new PointEvidence(new Instance(instance.Name, instance.Description, instance.Source, instance.Data, instance.Model, instance.Loss, [.. result.Theta]), result);
    }

    /// <summary>The rigorous (interval) twin of <see cref="Risk"/>: R, ∇R, ∇²R enclosed over boxes of θ.</summary>
    public RiskEnclosure Enclosure => _enclosure.Value;

    /// <summary>R(θ) and ∇R(θ) at θ as given, enclosed (a point box: only rounding).</summary>
    public GradientEnclosure PointEnclosure => _pointEnclosure.Value;

    /// <summary>
    /// The proof, when one succeeds, that a true critical point θ* lies in a small box around θ (Krawczyk on the slice
    /// transverse to the admissible symmetry tangents), with R, ∇²R and eigenvalue bounds enclosed there.
    /// </summary>
    public CriticalPointCertificate Certificate => _certificate.Value;

    /// <summary>R_lin enclosed: above by R_lin(t̃) in intervals, below by strong convexity on a ball (or an honest fallback).</summary>
    public LinearBaselineEnclosureResult BaselineEnclosure => _baselineEnclosure.Value;

    /// <summary>
    /// ‖w‖₂ ≤ 1e−6·max(1, ‖θ‖₂): a point this close to the readout-zero set is also tried with w snapped to 0. Not a
    /// tolerance of any verdict: the snapped point is only a candidate centre, and the certificate's distance includes ‖w‖.
    /// </summary>
    public const double ReadoutSnapRelative = 1e-6;

    /// <summary>
    /// R(θ) ≤ 1e−12·max(1, |R_lin|): a point this close to zero risk is also tried as an interpolating global minimum
    /// (<see cref="CriticalPointCertifier.CertifyInterpolation"/>). Only a trigger for trying a proof, not a verdict tolerance.
    /// </summary>
    public const double InterpolationRiskRelative = 1e-12;

    // Krawczyk on the symmetry slice; failing that, at near-zero risk, an interpolating global minimum; failing that, near w = 0, on the readout-zero set (see ReadoutZeroSystem), centred at
    // θ̂ = θ with w set to 0 exactly; the distance from θ then adds ‖θ̂ − θ‖₂ = ‖w‖₂ (enclosed).
    private CriticalPointCertificate CertifyCriticalPoint()
    {
        var witness = Classification.Spectrum.Witness?.Vector;
        var general = CriticalPointCertifier.Certify(Enclosure, Theta, Hessian, SymmetryTangents(), witness);
        if (general.Exists)
        {
            return general;
        }
        if (Value <= InterpolationRiskRelative * Math.Max(1, Math.Abs(Baseline.Value)))
        {
            var interpolation = CriticalPointCertifier.CertifyInterpolation(Enclosure, Theta, witness);
            if (interpolation.Exists)
            {
                return interpolation;
            }
            general = general with { Reason = general.Reason + "; " + interpolation.Reason };
        }
        if (ReadoutZeroSystem() is not { } system)
        {
            return general;
        }
        var w = Model.Graph.Layout["w"];
        double wNorm = Norm(w.Slice(Theta));
        if (wNorm > ReadoutSnapRelative * Math.Max(1, ThetaNorm))
        {
            return general;
        }
        var snapped = Theta.ToArray();
        w.Slice(snapped.AsSpan()).Clear();
        var special = CriticalPointCertifier.CertifyOnInvariantSet(Enclosure, snapped, Hessian, system.Equations, system.Unknowns, system.Structure, witness);
        if (!special.Exists)
        {
            return general with { Reason = general.Reason + "; " + special.Reason };
        }
        return wNorm == 0 ? special : special with
        {
            Distance = Interval.Up(special.Distance + Interval.Norm(RiskEnclosure.PointBox(w.Slice(Theta))).Hi),
            Reason = $"centred at θ with w snapped to 0 (‖w‖₂ = {wNorm:G3}); " + special.Reason,
        };
    }

    /// <summary>
    /// At w = 0 on a ResNet f = wᵀ(x + … + V φ) (+ c), f ≡ c on the whole set {w = 0}, so every gradient component
    /// other than w and c vanishes identically there (∂f/∂z = wᵀ∂h/∂z = 0). The remaining equations ∇_w R = 0 (and ∂R/∂c = 0)
    /// are solved in the column k of the last V (linear in it: ∂²R/∂w_j∂V_jk = (1/n)Σ ℓ′ φ_k) with the largest float pivot, and c.
    /// </summary>
    private (int[] Equations, int[] Unknowns, string Structure)? ReadoutZeroSystem()
    {
        string? vName = Model switch
        {
            SingleBlockResNet => "V",
            DeepResNet deep => $"V{deep.Depth}",
            _ => null,
        };
        if (vName is null || !HasBlock("w"))
        {
            return null;
        }
        var w = Model.Graph.Layout["w"];
        var v = Model.Graph.Layout[vName];
        int best = 0;
        for (int k = 1; k < v.Cols; k++)
        {
            best = Math.Abs(Hessian[w.Offset, v.Offset + k]) > Math.Abs(Hessian[w.Offset, v.Offset + best]) ? k : best;
        }
        var equations = Enumerable.Range(w.Offset, w.Length).ToList();
        var unknowns = Enumerable.Range(0, v.Rows).Select(j => v.Offset + (j * v.Cols) + best).ToList();
        if (Model.OutputBias)
        {
            int c = Model.Graph.Layout["c"].Offset;
            equations.Add(c);
            unknowns.Add(c);
        }
        return ([.. equations], [.. unknowns], $"readout-zero set w = 0 (f ≡ c there, so ∂R/∂z ≡ 0 for z ∉ {{w, c}}); unknowns: column {best} of {vName}{(Model.OutputBias ? " and c" : "")}");
    }

    /// <summary>The symmetry tangents a quotient may use at θ (each a tangent field linear in θ; see ContinuousSymmetries).</summary>
    public IReadOnlyList<double[]> SymmetryTangents() => ContinuousSymmetries.Admissible(Model.Graph, Theta).Directions;

    /// <summary>The instance: data, model, loss and θ.</summary>
    public Instance Instance { get; }

    /// <summary>How θ was found (stop reason, ‖∇R‖ history), or null when θ was taken as given.</summary>
    public RefinementResult? Refinement { get; }

    /// <summary>The model f.</summary>
    public IModel Model => Instance.Model;

    /// <summary>θ ∈ R^P.</summary>
    public double[] Theta => Instance.Parameters;

    /// <summary>n, the number of samples.</summary>
    public int SampleCount => Instance.Data.Count;

    /// <summary>The empirical risk with exact derivatives.</summary>
    public EmpiricalRisk Risk => _risk.Value;

    /// <summary>R(θ).</summary>
    public double Value => _first.Value.Value;

    /// <summary>∇R(θ) (length P).</summary>
    public double[] Gradient => _first.Value.Gradient;

    /// <summary>‖∇R(θ)‖₂.</summary>
    public double GradientNorm => Norm(Gradient);

    /// <summary>‖∇R(θ)‖∞ = max_p |∂R/∂θ_p|.</summary>
    public double GradientMaxAbs
    {
        get
        {
            double max = 0;
            foreach (double g in Gradient)
            {
                max = Math.Max(max, Math.Abs(g));
            }
            return max;
        }
    }

    /// <summary>‖θ‖₂.</summary>
    public double ThetaNorm => Norm(Theta);

    /// <summary>The smallest |ReLU pre-activation| over data and units (+∞ without ReLU).</summary>
    public KinkReport Kink => _kink.Value;

    /// <summary>∇²R(θ) (P×P), exact.</summary>
    public Matrix<double> Hessian => _hessian.Value;

    /// <summary>Inertia of ∇²R(θ), in full and modulo the model's continuous symmetries.</summary>
    public CriticalPointClassificationResult Classification => _classification.Value;

    /// <summary>R_lin and its minimiser (t*, b*), affine when the model has an output bias.</summary>
    public LinearBaselineResult Baseline => _baseline.Value;

    /// <summary>The spectrum of M = (1/n) Σ ℓ″ h h ᵀ (h the readout's features).</summary>
    public SymmetricSpectrumResult Moment => _moment.Value;

    /// <summary>The named parameter block of θ, row-major (e.g. "w", "V", "V1").</summary>
    public double[] Block(string name) => Model.Graph.Layout[name].Slice(Theta).ToArray();

    /// <summary>The named block of ∇R(θ), row-major.</summary>
    public double[] GradientBlock(string name) => Model.Graph.Layout[name].Slice(Gradient).ToArray();

    /// <summary>The named block of θ as a matrix.</summary>
    public Matrix<double> BlockMatrix(string name) => Model.Graph.Layout[name].ToMatrix(Theta);

    /// <summary>True when the model has a parameter block with this name.</summary>
    public bool HasBlock(string name) => Model.Graph.Layout.TryGet(name, out _);

    /// <summary>The sub-Hessian on the union of the named blocks (rows and columns in layout order).</summary>
    public Matrix<double> HessianOn(params string[] blocks)
    {
        var indices = blocks.SelectMany(b => Enumerable.Range(Model.Graph.Layout[b].Offset, Model.Graph.Layout[b].Length)).Order().ToArray();
        return Matrix<double>.Build.Dense(indices.Length, indices.Length, (i, j) => Hessian[indices[i], indices[j]]);
    }

    /// <summary>‖v‖₂, scaled so the squares neither overflow nor underflow.</summary>
    public static double Norm(ReadOnlySpan<double> v)
    {
        double max = 0;
        foreach (double x in v)
        {
            max = Math.Max(max, Math.Abs(x));
        }
        if (max == 0 || !double.IsFinite(max))
        {
            return max;
        }
        double sum = 0;
        foreach (double x in v)
        {
            sum += (x / max) * (x / max);
        }
        return max * Math.Sqrt(sum);
    }
}
