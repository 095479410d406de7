using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Numerics.Spectra;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// The evidence of liu2019.shortcut-escapes: a teacher with a shortcut, a start (w = 0, a₀), the ball radius a₀ must lie in, and the
/// descent settings; the run is made on first use, and when it ends above ε the Hessian spectrum at its end point is computed
/// (to tell a run that stopped at a strict local minimum from one that ran out of budget): <see cref="RunConclusive"/>.
/// </summary>
public sealed class ShortcutEscapeEvidence
{
    private readonly Lazy<CnnGradientDescentResult> _run;
    private readonly Lazy<SymmetricSpectrumResult?> _end;

    /// <summary>Evidence for one run; <paramref name="start"/> has length p + k.</summary>
    public ShortcutEscapeEvidence(CnnTeacher teacher, IReadOnlyList<double> start, double ballRadius, CnnGradientDescentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(start);
        Teacher = teacher;
        Start = start.ToArray();
        BallRadius = ballRadius;
        Options = options ?? CnnGradientDescentOptions.Default;
        Loss = new CnnPopulationLoss(teacher);
        _run = new(() => CnnGradientDescent.Run(Loss, Start, Options));
        _end = new(() => Run.Loss <= Run.LossThreshold || Run.Filter.All(x => x == 0) || Run.Theta.Any(x => !double.IsFinite(x))
            ? null
            : SymmetricSpectrum.Compute(Loss.Hessian(Run.Theta.ToArray())));
    }

    /// <summary>A seeded start w = 0, a uniform in the ball of <paramref name="radius"/>, and its evidence.</summary>
    public static ShortcutEscapeEvidence Seeded(CnnTeacher teacher, double radius, int seed, CnnGradientDescentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        return new(teacher, CnnInitialization.ZeroFilterReadoutInBall(teacher.Architecture, radius, new Random(seed)), radius, options);
    }

    /// <summary>The teacher (and architecture, which should have a shortcut).</summary>
    public CnnTeacher Teacher { get; }

    /// <summary>The start θ₀ = (w₀, a₀).</summary>
    public IReadOnlyList<double> Start { get; }

    /// <summary>The radius of the ball a₀ must lie in.</summary>
    public double BallRadius { get; }

    /// <summary>The descent settings.</summary>
    public CnnGradientDescentOptions Options { get; }

    /// <summary>The closed-form population loss.</summary>
    public CnnPopulationLoss Loss { get; }

    /// <summary>The run (made once).</summary>
    public CnnGradientDescentResult Run => _run.Value;

    /// <summary>The Hessian spectrum at the run's end when it ended above ε (else null).</summary>
    public SymmetricSpectrumResult? EndSpectrum => _end.Value;

    /// <summary>‖a₀‖₂, the start's readout norm.</summary>
    public double StartReadoutNorm => ArcCosineKernel.Norm(Start.Skip(Teacher.Architecture.PatchDimension).ToArray());

    /// <summary>
    /// Gate "run conclusive": the run reached L ≤ ε·½E y², or it stopped stationary at a strict local minimum above ε
    /// (λ_min(∇²L) &gt; <see cref="VerdictTolerances.Eigenvalue"/>, float margins); a run that used up its budget, or stopped at
    /// degenerate curvature, decides nothing. Makes the run.
    /// </summary>
    public Gate RunConclusive
    {
        get
        {
            var spectrum = EndSpectrum;
            bool reached = Run.Loss <= Run.LossThreshold;
            bool strictMinimum = spectrum is not null && Run.StopReason == ExitCondition.Stationary
                && spectrum.MinEigenvalue > VerdictTolerances.Eigenvalue(spectrum.Norm, spectrum.ErrorBounds[0]);
            return new Gate("run conclusive", reached || strictMinimum,
                reached ? $"reached L = {Check.Number(Run.Loss)} ≤ ε·½E y² after {Run.IterationsToTolerance} steps"
                    : $"stop {Run.StopReason} after {Run.Iterations} steps, ‖∇L‖ = {Check.Number(Run.GradientNorm)}, λ_min(∇²L) = {(spectrum is null ? "n/a" : Check.Number(spectrum.MinEigenvalue))}: "
                      + (strictMinimum ? "a strict local minimum above ε (float margins)" : "not at a strict local minimum (budget, or degenerate curvature)"));
        }
    }
}
