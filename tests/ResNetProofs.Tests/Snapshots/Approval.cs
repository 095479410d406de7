using System.Text.Json.Nodes;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Snapshots;

/// <summary>
/// The entry point for snapshot tests: verifies a snapshot against <c>snapshots/&lt;Paper&gt;/&lt;Example&gt;.verified.json</c> at
/// the repository root with the settings of this process (<see cref="ApprovalSettings.FromEnvironment"/>), and fails the
/// test with the readable diff when it does not pass. Approve with <c>RESNETPROOFS_ACCEPT=1 dotnet test</c>; CI never approves.
/// </summary>
public static class Approval
{
    /// <summary>The committed snapshots folder, snapshots/ at the repository root.</summary>
    public static string SnapshotRoot { get; } = Path.Combine(Path.GetDirectoryName(ExampleFiles.Directory)!, "snapshots");

    /// <summary>Verifies <paramref name="snapshot"/>; fails the test unless it matches (or was approved).</summary>
    public static void Verify(string paper, string example, JsonNode snapshot, SnapshotTolerances tolerances)
    {
        var outcome = new Approver(SnapshotRoot, ApprovalSettings.FromEnvironment()).Verify(paper, example, snapshot, tolerances);
        if (!outcome.Passed)
        {
            Assert.Fail(outcome.Message);
        }
    }
}
