using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Planted;

/// <summary>
/// DELIBERATELY FALSE (planted; theorems.md): the Rademacher bound of Yun, Sra &amp; Jadbabaie 2019 with e² replaced by 0.5,
/// R̂_S(F_L) ≤ 0.5·max_i‖x_i‖/√n. Already the linear members give E‖(1/n)Σσ_i x_i‖, about √(1/n)·rms‖x‖ for spread-out points;
/// that expectation, enclosed exactly (n ≤ 20) or bounded below by Khintchine–Kahane, is the certificate of a refutation.
/// </summary>
public sealed class RademacherHalfConstant : ITheorem
{
    /// <inheritdoc/>
    public string Id => "planted.rademacher-half-constant";

    /// <inheritdoc/>
    public string Source => "planted false statement (theorems.md): yun2019.rademacher with e² replaced by 0.5";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.PlantedFalse;

    /// <inheritdoc/>
    public string StatusNote => "deliberately false: the constant 0.5 is too small";

    /// <inheritdoc/>
    public string Statement => "R̂_S(F_L) ≤ 0.5·max_i‖x_i‖/√n";

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => null;

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Judge(RademacherEvidence.For(at?.Instance ?? throw new ArgumentNullException(nameof(at))));

    /// <summary>Judges the statement on a sample with explicit ascent settings and α.</summary>
    public Verdict Judge(RademacherEvidence evidence) => Verdicts.Judge.Decide(
        Id,
        gates: RademacherChecks.Certificate(evidence, 0.5, "0.5") is null ? [RademacherChecks.RangeVerified(evidence)] : [],
        hypotheses: [],
        conclusion: RademacherChecks.Conclusion(evidence, 0.5, "0.5"),
        numbers: RademacherChecks.Numbers(evidence, 0.5),
        certificate: RademacherChecks.Certificate(evidence, 0.5, "0.5"));
}
