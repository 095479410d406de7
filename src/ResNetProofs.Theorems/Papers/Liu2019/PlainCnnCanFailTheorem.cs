using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Liu2019;

/// <summary>
/// Du et al. 2018, the failure that motivates Liu et al. 2019's shortcut: weight-normalised gradient descent on the plain CNN from random
/// initialisation converges to the spurious local minimum in a positive fraction of runs. Judged on a sample of runs: Confirmed when at
/// least one run is certified trapped (<see cref="CnnSpuriousTrap"/>, derived); a sample without one is Inconclusive, never a
/// Counterexample (a positive probability cannot be refuted by finitely many runs).
/// </summary>
public sealed class PlainCnnCanFailTheorem : ITheorem<PlainCnnRunsEvidence>
{
    /// <inheritdoc/>
    public string Id => "liu2019.plain-cnn-can-fail";

    /// <inheritdoc/>
    public string Source => "Du, Lee, Tian, Póczos & Singh 2018 (ICML), as the baseline of Liu et al. 2019 (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Reconstructed;

    /// <inheritdoc/>
    public string StatusNote => "reconstructed: weight normalisation and the initialisation follow our reading of Du et al. 2018; the trap certificate is derived";

    /// <inheritdoc/>
    public string Statement => "plain CNN, weight-normalised GD from random init: P(converge to (−w*, a_sp)) > 0 (a sample of runs; Confirmed by one certified trapped run)";

    /// <summary>Judges the statement on a sample of runs on one teacher.</summary>
    public Verdict Judge(PlainCnnRunsEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        int trapped = evidence.CertifiedTrappedCount;
        var conclusion = new Check
        {
            Name = "some run trapped",
            Statement = "#{runs certified trapped at the spurious point} ≥ 1 (none: undecided, not refuted)",
            Left = trapped,
            Right = 1,
            Margin = trapped >= 1 ? 1 : 0,
            Tolerance = 0,
            ToleranceOrigin = "exact count; the trap margins each exceed 16·(p + k)·u·max(1, ‖a*‖², ‖v‖²)",
        };
        return Verdicts.Judge.Decide(Id, [], [LiuChecks.LocalMinimumCondition(evidence.Teacher)], conclusion, LiuChecks.RunNumbers(evidence));
    }
}
