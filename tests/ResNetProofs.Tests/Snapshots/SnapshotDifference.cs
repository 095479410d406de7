namespace ResNetProofs.Tests.Snapshots;

/// <summary>One field that differs between the verified and the received snapshot.</summary>
/// <param name="Path">JSON path, e.g. <c>$.cases[2].resnet.best.R</c>.</param>
/// <param name="Verified">The approved token (or "(absent)").</param>
/// <param name="Received">The new token (or "(absent)").</param>
/// <param name="Detail">Why it counts as a difference: the size of the change against the tolerance, or the rule broken.</param>
public sealed record SnapshotDifference(string Path, string Verified, string Received, string Detail)
{
    /// <summary>Three or four indented lines: the path, the verified value, the received value, and the detail.</summary>
    public string Describe() =>
        $"  {Path}\n      verified  {Verified}\n      received  {Received}\n      {Detail}";
}
