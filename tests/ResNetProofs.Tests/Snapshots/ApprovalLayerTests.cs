using System.Text.Json.Nodes;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Snapshots;

/// <summary>The approval layer itself, on a temporary snapshot folder with explicit settings (never the repository's snapshots).</summary>
public sealed class ApprovalLayerTests : IDisposable
{
    private static readonly ApprovalSettings Local = new(Accept: false, Ci: false);
    private static readonly ApprovalSettings Accepting = new(Accept: true, Ci: false);
    private static readonly ApprovalSettings Ci = new(Accept: false, Ci: true);

    private readonly TemporaryDirectory _root = new();

    public void Dispose() => _root.Dispose();

    private static JsonObject Sample(double risk = 0.5333333333333333, int starts = 40, params double[] x) => new()
    {
        ["source"] = "test",
        ["starts"] = starts,
        ["risk"] = risk,
        ["x"] = new JsonArray((x.Length == 0 ? [0.0, 1.0, 2.0] : x).Select(v => (JsonNode)v).ToArray()),
        ["nested"] = new JsonObject { ["b"] = 2.5, ["a"] = "text" },
    };

    private ApprovalOutcome Verify(JsonNode snapshot, ApprovalSettings settings, SnapshotTolerances? tolerances = null) =>
        new Approver(_root.Path, settings).Verify("Paper", "Example", snapshot, tolerances ?? SnapshotTolerances.Default);

    private string VerifiedPath => Path.Combine(_root.Path, "Paper", "Example.verified.json");

    private string ReceivedPath => Path.Combine(_root.Path, "Paper", "Example.received.json");

    private void Approve(JsonNode snapshot) => Assert.Equal(ApprovalStatus.Approved, Verify(snapshot, Accepting).Status);

    [Fact]
    public void Equal_values_pass_and_leave_no_received_file()
    {
        Approve(Sample());

        var outcome = Verify(Sample(), Local);

        Assert.Equal(ApprovalStatus.Matched, outcome.Status);
        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void A_change_beyond_tolerance_fails_writes_the_received_file_and_names_path_values_and_tolerance()
    {
        Approve(Sample(risk: 0.5));

        var outcome = Verify(Sample(risk: 0.5 + 1e-9), Local);

        Assert.Equal(ApprovalStatus.Mismatched, outcome.Status);
        Assert.True(File.Exists(ReceivedPath));
        Assert.Contains("\"risk\": 0.500000001", File.ReadAllText(ReceivedPath), StringComparison.Ordinal);
        var difference = Assert.Single(outcome.Differences);
        Assert.Equal("$.risk", difference.Path);
        Assert.Equal("0.5", difference.Verified);
        Assert.Equal("0.500000001", difference.Received);
        Assert.Contains("$.risk\n      verified  0.5\n      received  0.500000001\n      |Δ| = 1E-09", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("tolerance abs 0, rel 1E-12 (snapshot default)", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("RESNETPROOFS_ACCEPT=1 dotnet test", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_within_tolerance_passes()
    {
        Approve(Sample(risk: 0.5));

        var outcome = Verify(Sample(risk: 0.5 * (1 + 1e-13)), Local);

        Assert.Equal(ApprovalStatus.Matched, outcome.Status);
    }

    [Fact]
    public void A_field_rule_loosens_only_the_paths_it_matches()
    {
        var tolerances = SnapshotTolerances.Default.With("$.nes*.**", 0, 1e-6, "solver output");
        Approve(Sample());
        var moved = Sample(risk: 0.5333333333333333 * (1 + 1e-9));
        moved["nested"]!["b"] = 2.5 * (1 + 1e-9);

        var outcome = Verify(moved, Local, tolerances);

        var difference = Assert.Single(outcome.Differences);
        Assert.Equal("$.risk", difference.Path);
        Assert.Equal((SnapshotTolerance.Tight, null), tolerances.For("$.risk"));
        Assert.Equal("$.nes*.**", tolerances.For("$.nested.b").Pattern);
    }

    [Fact]
    public void A_reordered_object_passes()
    {
        Approve(Sample());
        var reordered = new JsonObject
        {
            ["nested"] = new JsonObject { ["a"] = "text", ["b"] = 2.5 },
            ["x"] = new JsonArray(0.0, 1.0, 2.0),
            ["risk"] = 0.5333333333333333,
            ["starts"] = 40,
            ["source"] = "test",
        };

        Assert.Equal(ApprovalStatus.Matched, Verify(reordered, Local).Status);
    }

    [Fact]
    public void Integers_must_be_equal_whatever_the_tolerance()
    {
        var loose = SnapshotTolerances.Default with { Fallback = new SnapshotTolerance(10, 1) };
        Approve(Sample(starts: 40));

        var outcome = Verify(Sample(starts: 41), Local, loose);

        var difference = Assert.Single(outcome.Differences);
        Assert.Equal(("$.starts", "40", "41", "integers must be equal"), (difference.Path, difference.Verified, difference.Received, difference.Detail));
    }

    [Fact]
    public void Changed_text_fails()
    {
        Approve(Sample());
        var changed = Sample();
        changed["nested"]!["a"] = "other";

        var difference = Assert.Single(Verify(changed, Local).Differences);

        Assert.Equal(("$.nested.a", "\"text\"", "\"other\"", "text must be equal"), (difference.Path, difference.Verified, difference.Received, difference.Detail));
    }

    [Fact]
    public void An_array_length_change_fails_at_the_array_path_with_both_lengths()
    {
        Approve(Sample(x: [0.0, 1.0, 2.0]));

        var outcome = Verify(Sample(x: [0.0, 1.0]), Local);

        Assert.Equal(ApprovalStatus.Mismatched, outcome.Status);
        var difference = Assert.Single(outcome.Differences);
        Assert.Equal(("$.x", "3 elements", "2 elements"), (difference.Path, difference.Verified, difference.Received));
        Assert.Contains("array length changed from 3 to 2", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_snapshot_fails_locally_and_writes_the_received_file()
    {
        var outcome = Verify(Sample(), Local);

        Assert.Equal(ApprovalStatus.Missing, outcome.Status);
        Assert.False(File.Exists(VerifiedPath));
        Assert.True(File.Exists(ReceivedPath));
    }

    [Fact]
    public void A_missing_snapshot_in_CI_fails_even_when_accept_is_requested()
    {
        var ciWithAccept = ApprovalSettings.From(ci: "true", accept: "1");

        var outcome = Verify(Sample(), ciWithAccept);

        Assert.Equal(ApprovalStatus.Missing, outcome.Status);
        Assert.False(File.Exists(VerifiedPath));
        Assert.Contains("CI never approves", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accept_is_read_from_the_environment_values_only_outside_CI()
    {
        Assert.Equal(new ApprovalSettings(Accept: true, Ci: false), ApprovalSettings.From(ci: null, accept: "1"));
        Assert.Equal(new ApprovalSettings(Accept: false, Ci: true), ApprovalSettings.From(ci: "true", accept: "1"));
        Assert.Equal(new ApprovalSettings(Accept: false, Ci: false), ApprovalSettings.From(ci: "false", accept: null));
    }

    [Fact]
    public void A_mismatch_in_CI_is_never_approved()
    {
        Approve(Sample(risk: 0.5));

        var outcome = Verify(Sample(risk: 0.75), Ci);

        Assert.Equal(ApprovalStatus.Mismatched, outcome.Status);
        Assert.Contains("\"risk\": 0.5,", File.ReadAllText(VerifiedPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_moves_the_received_file_over_the_verified_one()
    {
        Approve(Sample(risk: 0.5));

        var outcome = Verify(Sample(risk: 0.75), Accepting);

        Assert.Equal(ApprovalStatus.Approved, outcome.Status);
        Assert.False(File.Exists(ReceivedPath));
        Assert.Contains("\"risk\": 0.75,", File.ReadAllText(VerifiedPath), StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Matched, Verify(Sample(risk: 0.75), Local).Status);
    }

    [Fact]
    public void Canonical_json_sorts_keys_keeps_integers_and_writes_doubles_round_trip()
    {
        var node = new JsonObject { ["b"] = 2.0, ["a"] = 3, ["c"] = 0.1 + 0.2, ["d"] = double.NaN, ["e"] = double.NegativeInfinity };

        string text = CanonicalJson.Write(node);

        Assert.Equal("{\n  \"a\": 3,\n  \"b\": 2.0,\n  \"c\": 0.30000000000000004,\n  \"d\": \"NaN\",\n  \"e\": \"-Infinity\"\n}\n", text);
        Assert.Equal(text, CanonicalJson.Write(JsonNode.Parse(text)));
    }
}
