using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Yun2019;

/// <summary>
/// The Rademacher bound of Yun, Sra &amp; Jadbabaie 2019 with its constant C as a parameter: R̂_S(F_L) ≤ C·max_i‖x_i‖/√n.
/// Checked from below (<see cref="RademacherChecks"/>): a Counterexample needs the certified lower bound of the unit-norm linear
/// members; without it the sampled ascent is gated by <see cref="RademacherChecks.RangeVerified"/> and only confirms.
/// Each catalogue entry (the paper's C = e², a planted C = 0.5) is a subclass that names C and states its own metadata.
/// </summary>
public abstract class RademacherBoundTheorem : ITheorem<PointEvidence>
{
    /// <summary>The entry with bound constant <paramref name="constant"/>, written <paramref name="constantText"/> in checks (e.g. "e²").</summary>
    protected RademacherBoundTheorem(double constant, string constantText)
    {
        Constant = constant;
        ConstantText = constantText;
    }

    /// <summary>C in R̂_S(F_L) ≤ C·max_i‖x_i‖/√n.</summary>
    public double Constant { get; }

    /// <summary>C as written in check statements, e.g. "e²".</summary>
    public string ConstantText { get; }

    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string Source { get; }

    /// <inheritdoc/>
    public abstract TheoremStatus Status { get; }

    /// <inheritdoc/>
    public abstract string StatusNote { get; }

    /// <inheritdoc/>
    public abstract string Statement { get; }

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => null;

    /// <inheritdoc/>
    public Verdict Judge(PointEvidence at) => Judge(RademacherEvidence.For(at?.Instance ?? throw new ArgumentNullException(nameof(at))));

    /// <summary>Judges the statement on a sample with explicit ascent settings and α.</summary>
    public Verdict Judge(RademacherEvidence evidence)
    {
        var certificate = RademacherChecks.Certificate(evidence, Constant, ConstantText);
        return Verdicts.Judge.Decide(
            Id,
            gates: certificate is null ? [RademacherChecks.RangeVerified(evidence)] : [],
            hypotheses: [],
            conclusion: RademacherChecks.Conclusion(evidence, Constant, ConstantText),
            numbers: RademacherChecks.Numbers(evidence, Constant),
            certificate: certificate);
    }
}
