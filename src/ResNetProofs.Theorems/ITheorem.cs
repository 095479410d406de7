using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems;

/// <summary>
/// A theorem's catalogue entry: its id, source and status, a one-line statement, and the type of evidence it is judged on.
/// Judging needs the typed <see cref="ITheorem{TEvidence}"/>, so a theorem is never asked about evidence it does not understand.
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

    /// <summary>The evidence type the theorem is judged on (e.g. <see cref="Evidence.PointEvidence"/> for an instance file).</summary>
    Type EvidenceType { get; }
}
