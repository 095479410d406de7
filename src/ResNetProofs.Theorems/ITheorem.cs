using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems;

/// <summary>
/// A theorem as code: its id, source and status, a one-line statement, and <see cref="Judge"/>, which evaluates its
/// hypotheses and conclusion as checks at one instance and hands them to the shared <see cref="Verdicts.Judge"/>.
/// </summary>
public interface ITheorem
{
    /// <summary>Stable id, e.g. "shamir2018.local-minima".</summary>
    string Id { get; }

    /// <summary>The paper, e.g. "Shamir 2018, NeurIPS".</summary>
    string Source { get; }

    /// <summary>Exact, derived, reconstructed, an open conjecture, or planted false.</summary>
    TheoremStatus Status { get; }

    /// <summary>What is exact and what is not, in one line (from theorems.md).</summary>
    string StatusNote { get; }

    /// <summary>The statement in one line of mathematics.</summary>
    string Statement { get; }

    /// <summary>Null when the theorem speaks about this instance's model and loss; otherwise why not (e.g. "needs a deep-resnet").</summary>
    string? Inapplicable(PointEvidence at);

    /// <summary>Judges the instance; call only when <see cref="Inapplicable"/> is null.</summary>
    Verdict Judge(PointEvidence at);
}
