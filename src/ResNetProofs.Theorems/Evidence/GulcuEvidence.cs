using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Numerics.Spectra;

namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// The evidence of a Gulcu statement: a generated problem (data, network, θ₀) and its gradient-descent run. Computed on first
/// use and cached: G₀ = J₀J₀ᵀ by the factored per-layer route and, when n·P ≤ <see cref="ExplicitJacobianLimit"/>, explicitly
/// from J₀; the spectrum of G₀; the run with the spectrum of G_t and the remainder e_t at every step.
/// </summary>
public sealed class GulcuEvidence
{
    /// <summary>Largest n·P for which J₀ is formed explicitly to cross-check G₀ (8e6 doubles = 64 MB).</summary>
    public const long ExplicitJacobianLimit = 8_000_000;

    private readonly Lazy<Matrix<double>> _gram;
    private readonly Lazy<Matrix<double>?> _explicitGram;
    private readonly Lazy<SymmetricSpectrumResult> _spectrum;
    private readonly Lazy<GradientDescentRun> _run;

    /// <summary>Evidence on <paramref name="problem"/> with the run's settings <paramref name="descent"/>.</summary>
    public GulcuEvidence(WideResidualProblem problem, GradientDescentOptions descent)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(descent);
        descent.Validate();
        Problem = problem;
        Descent = descent;
        _gram = new(() => problem.Network.Gram(problem.InitialParameters, problem.Data));
        _explicitGram = new(() =>
        {
            if ((long)problem.Data.Count * problem.Network.ParameterCount > ExplicitJacobianLimit)
            {
                return null;
            }
            var j = problem.Network.Jacobian(problem.InitialParameters, problem.Data);
            return j * j.Transpose();
        });
        _spectrum = new(() => SymmetricSpectrum.Compute(_gram.Value));
        _run = new(() => WideResidualGradientDescent.Run(problem, descent));
    }

    /// <summary>Evidence for a generated instance.</summary>
    public static GulcuEvidence Generate(GulcuOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new GulcuEvidence(options.Generate(), options.Descent);
    }

    /// <summary>The problem (data, network, θ₀).</summary>
    public WideResidualProblem Problem { get; }

    /// <summary>The run's settings.</summary>
    public GradientDescentOptions Descent { get; }

    /// <summary>n.</summary>
    public int SampleCount => Problem.Data.Count;

    /// <summary>G₀ = J₀J₀ᵀ by the factored route (n × n).</summary>
    public Matrix<double> Gram => _gram.Value;

    /// <summary>J₀J₀ᵀ from the explicit J₀, or null when n·P exceeds <see cref="ExplicitJacobianLimit"/>.</summary>
    public Matrix<double>? ExplicitGram => _explicitGram.Value;

    /// <summary>The spectrum of G₀ with error bounds.</summary>
    public SymmetricSpectrumResult Spectrum => _spectrum.Value;

    /// <summary>Rounding bound of G₀ itself (<see cref="WideResidualGradientDescent.GramRounding"/>).</summary>
    public double GramRounding => WideResidualGradientDescent.GramRounding(Problem.Network, Gram);

    /// <summary>
    /// Bound on ‖J₀J₀ᵀ (explicit) − G₀ (factored)‖₂: the factored rounding plus 16·n·P·u·max_i G_ii for the explicit P-term
    /// dot products (absolute).
    /// </summary>
    public double GramAgreementBound => GramRounding + (16.0 * SampleCount * Problem.Network.ParameterCount * Tolerances.UnitRoundoff * Gram.Diagonal().AbsoluteMaximum());

    /// <summary>The gradient-descent run (computed once).</summary>
    public GradientDescentRun Run => _run.Value;
}
