namespace ResNetProofs.Hunting.Store;

/// <summary>
/// One stored Counterexample, everything needed to replay it: the judged and start instances, how the start was refined,
/// the verdict with its evidence, the shrunk counterexample (judged again), and where and when it came from.
/// </summary>
public sealed record FindingRecord
{
    /// <summary>The store's row number (differs between stores of the same hunt; <see cref="StableId"/> does not).</summary>
    public required long Id { get; init; }

    /// <summary>The stable id (<see cref="FindingId.Of"/>): the same in every store holding this finding.</summary>
    public string StableId => FindingId.Of(TheoremId, Seed, CaseIndex, Phase);

    /// <summary>The readable key <c>theorem/seed/case/phase</c> (<see cref="FindingId.Key"/>).</summary>
    public string Key => FindingId.Key(TheoremId, Seed, CaseIndex, Phase);

    /// <summary>The theorem refuted.</summary>
    public required string TheoremId { get; init; }

    /// <summary>The hunt seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The global case index.</summary>
    public required long CaseIndex { get; init; }

    /// <summary>"random" or "climb".</summary>
    public required string Phase { get; init; }

    /// <summary>The verdict kind (Counterexample).</summary>
    public required string Verdict { get; init; }

    /// <summary>The conclusion's margin.</summary>
    public required double Margin { get; init; }

    /// <summary>The case's score, or null.</summary>
    public double? Score { get; init; }

    /// <summary>The verdict with all its evidence (Verdict.ToJson).</summary>
    public required string EvidenceJson { get; init; }

    /// <summary>The judged instance (instance JSON; <c>check</c> accepts it).</summary>
    public required string InstanceJson { get; init; }

    /// <summary>The start instance (the judged one when the case was not refined).</summary>
    public required string StartJson { get; init; }

    /// <summary>The NewtonRefinementOptions used (JSON, DescentSteps included), or null when the case was judged as drawn.</summary>
    public string? RefinementJson { get; init; }

    /// <summary>The refinement's stop reason, or null.</summary>
    public string? RefinementStop { get; init; }

    /// <summary>The generator descriptor (text).</summary>
    public required string Descriptor { get; init; }

    /// <summary>The case size (n, d, L, widths, projections, depth, decimals) as text.</summary>
    public required string Size { get; init; }

    /// <summary>For a climb, the mutation; otherwise null.</summary>
    public string? Change { get; init; }

    /// <summary>The shrunk judged instance, or null if not shrunk.</summary>
    public string? ShrunkInstanceJson { get; init; }

    /// <summary>The shrunk start instance, or null.</summary>
    public string? ShrunkStartJson { get; init; }

    /// <summary>The shrunk verdict with its evidence, or null.</summary>
    public string? ShrunkEvidenceJson { get; init; }

    /// <summary>The shrunk verdict kind, or null.</summary>
    public string? ShrunkVerdict { get; init; }

    /// <summary>The shrunk case size, or null.</summary>
    public string? ShrunkSize { get; init; }

    /// <summary>One line: steps, candidates, seconds, and why shrinking stopped; or null.</summary>
    public string? ShrinkNote { get; init; }

    /// <summary>Versions (JSON: git commit, packages, MathNet provider, runtime).</summary>
    public required string VersionsJson { get; init; }

    /// <summary>When the verdict was reached (UTC, ISO 8601).</summary>
    public required string FoundAt { get; init; }

    /// <summary>When the row was committed (UTC, ISO 8601).</summary>
    public required string CommittedAt { get; init; }
}
