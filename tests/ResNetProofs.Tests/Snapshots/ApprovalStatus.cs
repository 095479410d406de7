namespace ResNetProofs.Tests.Snapshots;

/// <summary>How one snapshot verification ended.</summary>
public enum ApprovalStatus
{
    /// <summary>The received snapshot agrees with the verified file within tolerance.</summary>
    Matched,

    /// <summary>It differed or the verified file was missing, and RESNETPROOFS_ACCEPT moved the received file over the verified one.</summary>
    Approved,

    /// <summary>It differs from the verified file: the received file was written and the test fails.</summary>
    Mismatched,

    /// <summary>No verified file exists: the received file was written and the test fails.</summary>
    Missing,
}
