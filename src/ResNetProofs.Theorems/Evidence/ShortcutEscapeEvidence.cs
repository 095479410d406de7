using ResNetProofs.Numerics.Convolutional;
using ResNetProofs.Numerics.Spectra;

namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// The evidence of liu2019.shortcut-escapes: a teacher with a shortcut, a start (w = 0, a₀), the ball radius a₀ must lie in, and the
/// descent settings; the run is made on first use, and when it ends above ε the Hessian spectrum at its end point is computed
/// (to tell a run that stopped at a strict local minimum from one that ran out of budget).
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
}
