using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Conditions;

namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// The evidence of a statement about weight-normalised descent on the plain CNN from random initialisation: a teacher, a sample of
/// seeded starts (w uniform on the sphere, a uniform in a ball), the runs, and at each run's end the spurious-trap certificate margins.
/// </summary>
public sealed class PlainCnnRunsEvidence
{
    private readonly Lazy<IReadOnlyList<(CnnGradientDescentResult Run, CnnSpuriousTrapResult Trap)>> _runs;

    /// <summary>Evidence for <paramref name="runs"/> ≥ 1 starts drawn from <paramref name="seed"/>, a in the ball of <paramref name="radius"/>.</summary>
    /// <exception cref="ArgumentException">The teacher has a shortcut.</exception>
    public PlainCnnRunsEvidence(CnnTeacher teacher, int runs, int seed, double radius = 1.0, CnnGradientDescentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        Teacher = CnnSpuriousPoint.Unit(teacher);
        RunCount = runs;
        Seed = seed;
        Radius = radius;
        Options = (options ?? CnnGradientDescentOptions.Default) with { Normalization = CnnNormalization.WeightNormalized };
        _runs = new(() =>
        {
            var rng = new Random(seed);
            var loss = new CnnPopulationLoss(Teacher);
            return Enumerable.Range(0, runs).Select(_ =>
            {
                var run = CnnGradientDescent.Run(loss, CnnInitialization.RandomFilterReadoutInBall(Teacher.Architecture, radius, rng), Options);
                return (run, CnnSpuriousTrap.Evaluate(Teacher, run.Theta, run.StepSize));
            }).ToArray();
        });
    }

    /// <summary>The unit-filter teacher (plain CNN).</summary>
    public CnnTeacher Teacher { get; }

    /// <summary>The number of runs.</summary>
    public int RunCount { get; }

    /// <summary>The seed of the starts.</summary>
    public int Seed { get; }

    /// <summary>The radius of the readout ball at the start.</summary>
    public double Radius { get; }

    /// <summary>The descent settings (weight normalisation forced on).</summary>
    public CnnGradientDescentOptions Options { get; }

    /// <summary>Each run with the trap margins at its end.</summary>
    public IReadOnlyList<(CnnGradientDescentResult Run, CnnSpuriousTrapResult Trap)> Runs => _runs.Value;

    /// <summary>Runs whose end is certified trapped at the spurious point (<see cref="LiuChecks.CertifiedTrapped"/>, float margins beyond τ).</summary>
    public int CertifiedTrappedCount => Runs.Count(r => LiuChecks.CertifiedTrapped(r.Trap, Teacher.Architecture.ParameterCount, r.Run.LossThreshold));

    /// <summary>Runs that ended at the global optimum (L ≤ ε·½E y²).</summary>
    public int GlobalOptimumCount => Runs.Count(r => r.Run.Outcome == CnnRunOutcome.GlobalOptimum);
}
