using System.Text.Json.Nodes;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Shamir2018;
using ResNetProofs.Theorems.Papers.Yun2019;
using ResNetProofs.Theorems.Planted;
using ResNetProofs.Theorems.Verdicts;
using ResNetProofs.Theorems;

namespace ResNetProofs.Tests.Snapshots.Pinned;

/// <summary>
/// Pins <c>snapshots/Planted/&lt;Statement&gt;.verified.json</c>: for each planted false statement, the instance that refutes it
/// (the regression files under Theorems/Regressions/, or the construction of PlantedStatementTests and RademacherTheoremTests)
/// and its verdict (kind, reason, margin, the numbers). Shrunk counterexamples found by FsCheck will be pinned here later.
/// </summary>
public sealed class PlantedSnapshotTests
{
    /// <summary>
    /// Verdicts at a given θ are evaluated directly, but carry eigenvalues (iterative spectra) and R_lin: 1e−9 relative with a
    /// 1e−12 floor. The Rademacher ascent is an iterative search over sign vectors: 1e−8 relative.
    /// </summary>
    public static SnapshotTolerances Tolerances { get; } = SnapshotTolerances.Default
        .With("$.verdict.**", 1e-12, 1e-9, "verdict margins and numbers: eigenvalues, R_lin and rounding bounds")
        .With("$.truth.**", 1e-12, 1e-9, "the true theorem's verdict at the same instance")
        .With("$.ascent.**", 1e-12, 1e-8, "gradient ascent over the class, per sign vector");

    private static string RegressionDirectory => Path.Combine(Path.GetDirectoryName(Instances.ExampleFiles.Directory)!, "tests", "ResNetProofs.Tests", "Theorems", "Regressions");

    [Fact]
    public void Every_critical_point_beats_linear_refutation_matches_the_approved_snapshot()
    {
        const string file = "planted.every-critical-point-beats-linear/strict-saddle-worse-than-linear.json";
        var instance = InstanceReader.Read(Path.Combine(RegressionDirectory, file));
        var at = new PointEvidence(instance);

        var snapshot = Snapshot(new EveryCriticalPointBeatsLinear(), "tests/ResNetProofs.Tests/Theorems/Regressions/" + file, instance, new EveryCriticalPointBeatsLinear().Judge(at));
        snapshot["closedForm"] = new JsonObject { ["R - R_lin"] = 25.0 / 42, ["formula"] = "R = mean(y²) = 2, R_lin = 2 − (Σxy)²/(nΣx²) = 2 − 25/42" };
        snapshot["truth"] = PinnedJson.Verdict(new DeepCriticalPointsTheorem().Judge(at));

        Approval.Verify("Planted", "EveryCriticalPointBeatsLinear", snapshot, Tolerances);
    }

    [Fact]
    public void Fully_connected_local_minima_refutation_matches_the_approved_snapshot()
    {
        const string file = "planted.fully-connected-local-minima-beat-linear/spurious-local-minimum-one-tanh-unit.json";
        var instance = InstanceReader.Read(Path.Combine(RegressionDirectory, file));

        var snapshot = Snapshot(new FullyConnectedLocalMinimaBeatLinear(), "tests/ResNetProofs.Tests/Theorems/Regressions/" + file, instance, new FullyConnectedLocalMinimaBeatLinear().Judge(new PointEvidence(instance)));

        Approval.Verify("Planted", "FullyConnectedLocalMinimaBeatLinear", snapshot, Tolerances);
    }

    [Fact]
    public void Certificate_without_block_term_refutation_matches_the_approved_snapshot()
    {
        // The first seed of PlantedStatementTests' sweep (RandomSingleBlock(seed, vScale: 2), seeds 1..20) that refutes it.
        var (seed, instance, verdict) = Enumerable.Range(1, 20)
            .Select(s => (Seed: s, Instance: TheoremInstances.RandomSingleBlock(s, vScale: 2)))
            .Select(c => (c.Seed, c.Instance, Verdict: new CertificateWithoutBlockTerm().Judge(new PointEvidence(c.Instance))))
            .First(c => c.Verdict.Kind == VerdictKind.Counterexample);

        var snapshot = Snapshot(new CertificateWithoutBlockTerm(), $"tests: TheoremInstances.RandomSingleBlock(seed {seed}, vScale: 2), the first refuting seed of 1..20", instance, verdict);
        snapshot["truth"] = PinnedJson.Verdict(new FirstOrderCertificateTheorem().Judge(new PointEvidence(instance)));

        Approval.Verify("Planted", "CertificateWithoutBlockTerm", snapshot, Tolerances);
    }

    [Fact]
    public void Rademacher_half_constant_refutation_matches_the_approved_snapshot()
    {
        // RademacherTheoremTests: n = 4 unit vectors in R² (a square), L = 1, width 4, K = 2000 sign vectors, seed 7.
        var data = Dataset.Create([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]], [0.0, 0.0, 0.0, 0.0]);
        var options = RademacherAscentOptions.Default with { Depth = 1, Width = 4, SignVectors = 2000, Restarts = 4, Steps = 100, Seed = 7 };
        var evidence = new RademacherEvidence(data, options);
        var planted = new RademacherHalfConstant();
        var verdict = planted.Judge(evidence);

        var snapshot = new JsonObject
        {
            ["statement"] = planted.Id,
            ["statementText"] = planted.Statement,
            ["source"] = planted.Source,
            ["status"] = $"planted false: {planted.StatusNote}",
            ["instanceSource"] = "tests/ResNetProofs.Tests/Theorems/RademacherTheoremTests.cs (the square)",
            ["data"] = PinnedJson.Data(data),
            ["options"] = new JsonObject
            {
                ["depth"] = options.Depth,
                ["width"] = options.Width,
                ["signVectors"] = options.SignVectors,
                ["restarts"] = options.Restarts,
                ["steps"] = options.Steps,
                ["initialStep"] = options.InitialStep,
                ["seed"] = options.Seed,
                ["alpha"] = evidence.Alpha,
            },
            ["ascent"] = new JsonObject
            {
                ["mean"] = evidence.Result.Mean,
                ["hoeffdingTerm"] = evidence.HoeffdingTerm,
                ["confidentLowerBound"] = evidence.ConfidentLowerBound,
                ["distinctPatterns"] = evidence.Result.DistinctPatterns,
                ["linearMembersValue"] = 0.25 + (Math.Sqrt(2) / 8),
                ["linearMembersFormula"] = "E‖(1/4)Σσ_i x_i‖ = 1/4 + √2/8, a lower bound on the mean",
            },
            ["verdict"] = Verdict(verdict),
            ["truth"] = PinnedJson.Verdict(new RademacherTheorem().Judge(evidence)),
            ["tolerances"] = Tolerances.ToJson(),
        };

        Approval.Verify("Planted", "RademacherHalfConstant", snapshot, Tolerances);
    }

    private static JsonObject Snapshot(ITheorem planted, string instanceSource, Instance instance, Verdict verdict) => new()
    {
        ["statement"] = planted.Id,
        ["statementText"] = planted.Statement,
        ["source"] = planted.Source,
        ["status"] = $"planted false: {planted.StatusNote}",
        ["instanceSource"] = instanceSource,
        ["instance"] = JsonNode.Parse(InstanceWriter.Write(instance)),
        ["verdict"] = Verdict(verdict),
        ["tolerances"] = Tolerances.ToJson(),
    };

    /// <summary>The brief verdict plus the numbers it reports (R, R_lin, …).</summary>
    private static JsonObject Verdict(Verdict verdict)
    {
        var o = PinnedJson.Verdict(verdict);
        o["numbers"] = verdict.ToJsonObject()["numbers"]!.DeepClone();
        return o;
    }
}
