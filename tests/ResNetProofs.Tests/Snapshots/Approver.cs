using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResNetProofs.Tests.Snapshots;

/// <summary>
/// Verifies snapshots against approved files under <paramref name="snapshotRoot"/>: <c>&lt;Paper&gt;/&lt;Example&gt;.verified.json</c>.
/// The received snapshot is written in canonical form (<see cref="CanonicalJson"/>) and compared field by field
/// (<see cref="SnapshotComparer"/>). On a difference or a missing verified file it writes <c>&lt;Example&gt;.received.json</c>
/// beside it and reports Mismatched or Missing, unless <see cref="ApprovalSettings.Accept"/> is set, which moves the received
/// file over the verified one (Approved). A match deletes a stale received file.
/// </summary>
public sealed class Approver(string snapshotRoot, ApprovalSettings settings)
{
    /// <summary>At most this many differences are listed in a message; the rest are counted.</summary>
    public const int MaxListedDifferences = 40;

    /// <summary>Verifies <paramref name="snapshot"/> as <c>&lt;paper&gt;/&lt;example&gt;</c> with the given tolerances.</summary>
    public ApprovalOutcome Verify(string paper, string example, JsonNode snapshot, SnapshotTolerances tolerances)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paper);
        ArgumentException.ThrowIfNullOrWhiteSpace(example);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(tolerances);
        string directory = Path.Combine(snapshotRoot, paper);
        string verifiedPath = Path.Combine(directory, example + ".verified.json");
        string receivedPath = Path.Combine(directory, example + ".received.json");
        string name = $"{paper}/{example}";
        string text = CanonicalJson.Write(snapshot);

        if (!File.Exists(verifiedPath))
        {
            Directory.CreateDirectory(directory);
            if (settings.Accept)
            {
                File.WriteAllText(verifiedPath, text);
                File.Delete(receivedPath);
                return Outcome(ApprovalStatus.Approved, [], $"Snapshot {name}: no verified file; approved the new snapshot as {verifiedPath} ({ApprovalSettings.AcceptVariable} is set).");
            }
            File.WriteAllText(receivedPath, text);
            string why = settings.Ci
                ? "CI never approves: run the tests locally, review the received file and commit the approved snapshot."
                : $"Review it, then approve with `{ApprovalSettings.AcceptVariable}=1 dotnet test`.";
            return Outcome(ApprovalStatus.Missing, [], $"Snapshot {name}: no verified file {verifiedPath}.\nWrote the received snapshot to {receivedPath}.\n{why}");
        }

        IReadOnlyList<SnapshotDifference> differences;
        try
        {
            differences = SnapshotComparer.Compare(JsonNode.Parse(File.ReadAllText(verifiedPath)), JsonNode.Parse(text), tolerances);
        }
        catch (JsonException ex)
        {
            differences = [new SnapshotDifference("$", "(unreadable)", "(the received snapshot)", $"the verified file is not valid JSON: {ex.Message}")];
        }
        if (differences.Count == 0)
        {
            File.Delete(receivedPath);
            return Outcome(ApprovalStatus.Matched, [], $"Snapshot {name} matches {verifiedPath}.");
        }

        File.WriteAllText(receivedPath, text);
        string report = Report(name, verifiedPath, differences);
        if (settings.Accept)
        {
            File.Move(receivedPath, verifiedPath, overwrite: true);
            return Outcome(ApprovalStatus.Approved, differences, $"{report}\nApproved: moved the received snapshot over {verifiedPath} ({ApprovalSettings.AcceptVariable} is set).");
        }
        string how = settings.Ci
            ? "CI never approves: reproduce locally, and approve only a change you meant."
            : $"If the change is intended, approve it with `{ApprovalSettings.AcceptVariable}=1 dotnet test` (moves received over verified).";
        return Outcome(ApprovalStatus.Mismatched, differences, $"{report}\nWrote the received snapshot to {receivedPath}.\n{how}");

        ApprovalOutcome Outcome(ApprovalStatus status, IReadOnlyList<SnapshotDifference> found, string message) => new()
        {
            Status = status,
            Differences = found,
            VerifiedPath = verifiedPath,
            ReceivedPath = receivedPath,
            Message = message,
        };
    }

    private static string Report(string name, string verifiedPath, IReadOnlyList<SnapshotDifference> differences)
    {
        var text = new StringBuilder();
        text.Append($"Snapshot {name} differs from {verifiedPath} in {differences.Count} field{(differences.Count == 1 ? "" : "s")}:\n");
        foreach (var d in differences.Take(MaxListedDifferences))
        {
            text.Append(d.Describe()).Append('\n');
        }
        if (differences.Count > MaxListedDifferences)
        {
            text.Append($"  … and {differences.Count - MaxListedDifferences} more (compare the received file with the verified one).\n");
        }
        return text.ToString();
    }
}
