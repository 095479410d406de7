namespace ResNetProofs.Tests.Snapshots;

/// <summary>The result of verifying one snapshot: the status, the differences found, the files, and a readable message.</summary>
public sealed record ApprovalOutcome
{
    /// <summary>Matched, Approved, Mismatched or Missing.</summary>
    public required ApprovalStatus Status { get; init; }

    /// <summary>The differences from the verified file (empty when Missing or Matched).</summary>
    public required IReadOnlyList<SnapshotDifference> Differences { get; init; }

    /// <summary>snapshots/&lt;Paper&gt;/&lt;Example&gt;.verified.json.</summary>
    public required string VerifiedPath { get; init; }

    /// <summary>snapshots/&lt;Paper&gt;/&lt;Example&gt;.received.json (exists after Mismatched or Missing).</summary>
    public required string ReceivedPath { get; init; }

    /// <summary>What happened, with every differing path, old and new value and tolerance, and how to approve.</summary>
    public required string Message { get; init; }

    /// <summary>True for Matched and Approved.</summary>
    public bool Passed => Status is ApprovalStatus.Matched or ApprovalStatus.Approved;
}
