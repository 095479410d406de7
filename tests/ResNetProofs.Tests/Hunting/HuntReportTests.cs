using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ResNetProofs.Hunting.Reports;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Hunting;

/// <summary>
/// report.md opens with the answer for the proven statements and open conjectures (or the ones that got a counterexample,
/// with certificate and id), reports the planted statements apart, and every plot is a PNG.
/// </summary>
public sealed class HuntReportTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Report_opens_with_no_counterexample_on_proven_statements_and_reports_planted_ones_apart()
    {
        string store = Hunt("clean.db");
        long provenCases;
        using (var opened = HuntStore.Open(store, readOnly: true))
        {
            provenCases = opened.Statistics().Where(s => !s.TheoremId.StartsWith("planted.", StringComparison.Ordinal)).Sum(s => s.Cases);
        }

        var run = CliProcess.Run(120, "report", store, "--out", Path.Combine(_dir.Path, "clean"));

        Assert.True(run.Code == 0, run.Err);
        var lines = File.ReadAllLines(Path.Combine(_dir.Path, "clean", "report.md"));
        Assert.Equal("# Hunt report", lines[0]);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"**No Counterexample on any proven statement or open conjecture in {provenCases} cases ("), lines[2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Sensitivity check, reported apart", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Each was refuted (cases of that statement judged up to its first counterexample): `planted.rademacher-half-constant` after ", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_lists_a_proven_statement_with_a_counterexample_first_with_its_certificate_and_id()
    {
        string store = Hunt("refuted.db");
        // Relabel one stored planted counterexample as one of a proven statement (what a soundness bug would look like).
        using (var c = new SqliteConnection($"Data Source={store};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                UPDATE findings SET theorem = 'shamir2018.sgd-tweak' WHERE id = 1;
                UPDATE stats SET counterexamples = 1, first_ce_index = 0 WHERE theorem = 'shamir2018.sgd-tweak';
                """;
            cmd.ExecuteNonQuery();
        }
        FindingRecord relabelled;
        using (var opened = HuntStore.Open(store, readOnly: true))
        {
            relabelled = opened.Finding("1");
        }

        var run = CliProcess.Run(120, "report", store, "--out", Path.Combine(_dir.Path, "refuted"));

        Assert.True(run.Code == 0, run.Err);
        var lines = File.ReadAllLines(Path.Combine(_dir.Path, "refuted", "report.md"));
        Assert.StartsWith("**COUNTEREXAMPLES on 1 statement that is not planted false", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("- `shamir2018.sgd-tweak` (proven statement", lines[4], StringComparison.Ordinal);
        Assert.Contains($"id `{relabelled.StableId}`", lines[5], StringComparison.Ordinal);
        bool certified = System.Text.Json.Nodes.JsonNode.Parse(relabelled.EvidenceJson)!["certified"]!.GetValue<bool>();
        Assert.Contains(certified ? ", certified (" : ", not certified (", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_plot_is_a_png_of_the_drawn_size()
    {
        string store = Hunt("plots.db");
        string output = Path.Combine(_dir.Path, "plots");

        Assert.Equal(0, CliProcess.Run(120, "report", store, "--out", output).Code);

        foreach (string plot in HuntReport.PlotFiles)
        {
            byte[] png = File.ReadAllBytes(Path.Combine(output, plot));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            Assert.Equal(1100, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4))); // IHDR width
        }
    }

    private string Hunt(string name)
    {
        string store = Path.Combine(_dir.Path, name);
        var run = CliProcess.Run(120, "hunt", "--theorems", "planted.rademacher-half-constant,shamir2018.sgd-tweak", "--budget", "24", "--seed", "5", "--profile", "quick", "--store", store, "--checkpoint-every", "0.01");
        Assert.True(run.Code == 0, run.Err);
        return store;
    }
}
