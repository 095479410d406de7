using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Planted;

/// <summary>
/// DELIBERATELY FALSE (planted; theorems.md): gradient descent on the plain CNN from random initialisation always reaches the global
/// optimum. Du et al. 2018's spurious local minimum catches a constant fraction of runs; a run certified trapped there
/// (<see cref="Numerics.Convolutional.CnnSpuriousTrap"/>) never gets below L(θ_sp) &gt; 0, which refutes the statement.
/// </summary>
public sealed class PlainCnnAlwaysReachesGlobalOptimum : ITheorem
{
    /// <inheritdoc/>
    public string Id => "planted.plain-cnn-always-reaches-global-optimum";

    /// <inheritdoc/>
    public string Source => "planted false statement (theorems.md): the failure liu2019.plain-cnn-can-fail denied";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.PlantedFalse;

    /// <inheritdoc/>
    public string StatusNote => "deliberately false: Du et al. 2018's spurious local minimum traps a positive fraction of runs";

    /// <inheritdoc/>
    public string Statement => "plain CNN, weight-normalised GD from random init ⇒ every run reaches L ≤ ε·½E y²";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => LiuChecks.NotOnInstances;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Always: the statement is judged on a teacher (<see cref="Judge(PlainCnnRunsEvidence)"/>).</exception>
    public Verdict Judge(PointEvidence at) => throw new InvalidOperationException(LiuChecks.NotOnInstances);

    /// <summary>Judges the statement on a sample of runs: fails on a certified trapped run, holds when every run reached ε, else undecided.</summary>
    public Verdict Judge(PlainCnnRunsEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        int terms = evidence.Teacher.Architecture.ParameterCount;
        int trapped = evidence.Runs.Count(r => LiuChecks.CertifiedTrapped(r.Trap, terms, r.Run.LossThreshold));
        int reached = evidence.Runs.Count(r => r.Run.Outcome == Numerics.Convolutional.CnnRunOutcome.GlobalOptimum);
        var conclusion = new Check
        {
            Name = "every run reaches the global optimum",
            Statement = "#{runs certified trapped at L ≥ L(θ_sp) > ε} = 0 (fails on one; holds when all runs reached ε)",
            Left = trapped,
            Right = 0,
            Margin = trapped > 0 ? -1 : reached == evidence.RunCount ? 1 : 0,
            Tolerance = 0,
            ToleranceOrigin = "exact count; the trap margins each exceed 16·(p + k)·u·max(1, ‖a*‖², ‖v‖²)",
        };
        return Verdicts.Judge.Decide(Id, [], [], conclusion, LiuChecks.RunNumbers(evidence), rigour: Rigour.Tolerance);
    }
}
