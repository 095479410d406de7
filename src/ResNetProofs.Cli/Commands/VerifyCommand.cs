using System.CommandLine;
using System.Text.Json.Nodes;
using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Replay;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs verify FILE</c> (the JSON of <c>check --json</c> or of <c>show STORE ID --json</c>) or
/// <c>resnetproofs verify STORE ID</c>: re-proves a certified verdict from its record alone, through the enclosure layer
/// (no refinement). Exit 0 when verified, 1 when not, 3 when the input cannot be read.
/// </summary>
public static class VerifyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var source = new Argument<string>("FILE|STORE") { Description = "A record: check --json output, show --json output, or a hunt store (then give ID)." };
        var id = new Argument<string?>("ID") { Description = "A finding id when the first argument is a hunt store.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("verify", "Re-prove a certified verdict from its record (enclosures only): exit 0 if verified, 1 if not.");
        command.Arguments.Add(source);
        command.Arguments.Add(id);
        command.SetAction(parse => Execute(parse.GetRequiredValue(source), parse.GetValue(id), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads the record, verifies, prints; returns the exit code.</summary>
    public static int Execute(string path, string? id, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string theoremId, instanceJson, verdictJson;
        if (id is not null)
        {
            FindingRecord finding;
            using (var store = HuntStore.Open(path, readOnly: true))
            {
                finding = store.Finding(id);
            }
            (theoremId, instanceJson, verdictJson) = (finding.TheoremId, finding.InstanceJson, finding.EvidenceJson);
        }
        else
        {
            JsonObject record;
            try
            {
                record = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new System.Text.Json.JsonException("empty");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
            {
                stderr.WriteLine($"error: '{path}' is not a readable JSON record: {ex.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.BadInput;
            }
            if (record["TheoremId"] is { } t && record["InstanceJson"] is { } i && record["EvidenceJson"] is { } e)
            {
                (theoremId, instanceJson, verdictJson) = (t.GetValue<string>(), i.GetValue<string>(), e.GetValue<string>());
            }
            else if (record["theorem"] is { } theorem && record["instance"] is { } instance)
            {
                (theoremId, instanceJson, verdictJson) = (theorem.GetValue<string>(), instance.ToJsonString(), record.ToJsonString());
            }
            else
            {
                stderr.WriteLine($"error: '{path}' is neither a check --json verdict with its instance nor a show --json finding record");
                return ExitCodes.BadInput;
            }
        }
        var result = CertificateVerification.Verify(theoremId, instanceJson, verdictJson);
        foreach (string line in result.Lines)
        {
            stdout.WriteLine(line);
        }
        return result.Verified ? ExitCodes.Success : ExitCodes.NotReproduced;
    }
}
