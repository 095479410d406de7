using ResNetProofs.Generators;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Cases;

/// <summary>
/// One generated case for one theorem: the instance it started from, the refinement that moved it (null for statements
/// judged at any θ), the instance judged, and the descriptor of what produced it.
/// </summary>
/// <param name="TheoremId">The theorem the case attacks.</param>
/// <param name="Start">The generated start instance (shrinking works on it).</param>
/// <param name="Refinement">The refinement record when the theorem is judged at refined critical points; otherwise null.</param>
/// <param name="Judged">The instance at the θ that is judged (the start itself when there is no refinement).</param>
/// <param name="Descriptor">What produced the case: generator, parameters, size, and parts.</param>
public sealed record TheoremCase(string TheoremId, InstanceCase Start, RefinementResult? Refinement, Instance Judged, Descriptor Descriptor)
{
    /// <summary>True unless a refinement ran and stopped other than Converged (the "refinement failed" outcome, counted, never hidden).</summary>
    public bool RefinementConverged => Refinement is null || Refinement.StopReason == RefinementStopReason.Converged;

    /// <summary>The shape of the start (n, d, L, widths, decimals), for shrinking and reports.</summary>
    public CaseSize Size => Start.Size;

    /// <summary>Fresh evidence at the judged θ, gated by the refinement record.</summary>
    public PointEvidence Evidence() => new(Judged, Refinement);
}
