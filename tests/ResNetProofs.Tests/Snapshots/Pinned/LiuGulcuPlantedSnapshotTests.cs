using System.Globalization;
using System.Text.Json.Nodes;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Gulcu;
using ResNetProofs.Theorems.Papers.Liu2019;
using ResNetProofs.Theorems.Planted;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Snapshots.Pinned;

/// <summary>
/// Pins <c>snapshots/Planted/PlainCnnAlwaysReachesGlobalOptimum.verified.json</c> and <c>snapshots/Planted/GulcuWidthOne.verified.json</c>:
/// each planted statement's refuting case (the construction of LiuTheoremTests / GulcuTheoremTests) and the shrunk case FsCheck found
/// in the property suite (seed 20261123), each with its verdict and the true theorem's verdict beside it.
/// </summary>
public sealed class LiuGulcuPlantedSnapshotTests
{
    /// <summary>
    /// Verdict numbers come from descent runs (up to 20 000 CNN steps; up to 2000 wide-ResNet steps with an eigensolve each): 1e−9
    /// relative with a 1e−12 absolute floor (final angles: 1e−10). Counts and kinds are exact.
    /// </summary>
    public static SnapshotTolerances Tolerances { get; } = SnapshotTolerances.Default
        .With("$.**.verdict.**", 1e-12, 1e-9, "verdict margins and numbers after a descent run")
        .With("$.**.truth.**", 1e-12, 1e-9, "the true theorem's verdict on the same evidence")
        .With("$.**.runs[*].angle", 1e-10, 1e-9, "per-run final angle to w* (rounding-level, ≈ 1e−13, at the global optimum)")
        .With("$.**.runs[*].loss", 0, 1e-9, "per-run final loss after up to 20 000 descent steps");

    [Fact]
    public void Plain_cnn_always_reaches_global_optimum_refutation_matches_the_approved_snapshot()
    {
        // LiuTheoremTests: teacher seed 2, p = k = 4, eight weight-normalised runs from seed 7.
        var teacher = CnnInitialization.Teacher(new CnnArchitecture(4, 4, ShortcutForm.None), new Random(2));
        // The property suite's shrunk case (PlainCnnAlwaysReachesGlobalOptimumProperties, replay 20261123,1): first at case 1
        // (p = 2, k = 3, 3 runs), shrunk in 2 steps to p = k = 2 and one run.
        var shrunk = new CnnTeacher(new CnnArchitecture(2, 2, ShortcutForm.None), [-0.5618270215923812, -0.8272547357426454], [1.361250082635474, -0.9512421689609296]);
        var planted = new PlainCnnAlwaysReachesGlobalOptimum();

        var snapshot = new JsonObject
        {
            ["statement"] = planted.Id,
            ["statementText"] = planted.Statement,
            ["source"] = planted.Source,
            ["status"] = $"planted false: {planted.StatusNote}; the trap certificate is derived, weight normalisation reconstructed",
            ["case"] = CnnCase("tests/ResNetProofs.Tests/Liu2019/LiuTheoremTests.cs: CnnInitialization.Teacher(p = k = 4, Random(2)), 8 runs from seed 7", new PlainCnnRunsEvidence(teacher, 8, 7)),
            ["propertyShrunk"] = CnnCase("properties/ResNetProofs.Properties/PlainCnnAlwaysReachesGlobalOptimumProperties.cs (replay 20261123,1), FsCheck's shrunk sample", new PlainCnnRunsEvidence(shrunk, 1, 585059)),
            ["tolerances"] = Tolerances.ToJson(),
        };

        Approval.Verify("Planted", "PlainCnnAlwaysReachesGlobalOptimum", snapshot, Tolerances);
    }

    [Fact]
    public void Gulcu_width_one_refutation_matches_the_approved_snapshot()
    {
        var planted = new GulcuWidthOne();

        var snapshot = new JsonObject
        {
            ["statement"] = planted.Id,
            ["statementText"] = planted.Statement,
            ["source"] = planted.Source,
            ["status"] = $"planted false: {planted.StatusNote}; architecture reconstructed after Du et al. 2019",
            ["case"] = GulcuCase("tests/ResNetProofs.Tests/Gulcu/GulcuTheoremTests.cs: n = 20, d = n, m = 1, H = 2, seed 1, 2000 steps",
                new GulcuEvidence(WideResidualProblem.Generate(20, 20, 1, 2, 1), new GradientDescentOptions { MaxSteps = 2000, TrackSpectrum = true })),
            ["propertyShrunk"] = GulcuCase("properties/ResNetProofs.Properties/GulcuWidthOneProperties.cs (replay 20261123,1): first at case 1 (d = 3, H = 2), shrunk in 3 steps to d = 1, H = 1; 200 steps",
                new GulcuEvidence(WideResidualProblem.Generate(20, 1, 1, 1, 495479), new GradientDescentOptions { MaxSteps = 200, TrackSpectrum = true })),
            ["tolerances"] = Tolerances.ToJson(),
        };

        Approval.Verify("Planted", "GulcuWidthOne", snapshot, Tolerances);
    }

    private static JsonObject CnnCase(string source, PlainCnnRunsEvidence evidence)
    {
        var verdict = new PlainCnnAlwaysReachesGlobalOptimum().Judge(evidence);
        Assert.Equal(VerdictKind.Counterexample, verdict.Kind);
        var t = evidence.Teacher;
        return new JsonObject
        {
            ["instanceSource"] = source,
            ["p"] = t.Architecture.PatchDimension,
            ["k"] = t.Architecture.Patches,
            ["unitFilter"] = PinnedJson.Numbers(t.Filter),
            ["readout"] = PinnedJson.Numbers(t.Readout),
            ["runCount"] = evidence.RunCount,
            ["seed"] = evidence.Seed,
            ["radius"] = PinnedJson.Number(evidence.Radius),
            ["runs"] = new JsonArray(evidence.Runs.Select(r => (JsonNode)new JsonObject
            {
                ["outcome"] = r.Run.Outcome.ToString(),
                ["stop"] = r.Run.StopReason.ToString(),
                ["iterations"] = r.Run.Iterations,
                ["loss"] = PinnedJson.Number(r.Run.Loss),
                ["angle"] = PinnedJson.Number(r.Run.Angle),
            }).ToArray()),
            ["verdict"] = Verdict(verdict),
            ["truth"] = PinnedJson.Verdict(new PlainCnnCanFailTheorem().Judge(evidence)),
        };
    }

    private static JsonObject GulcuCase(string source, GulcuEvidence evidence)
    {
        var verdict = new GulcuWidthOne().Judge(evidence);
        Assert.Equal(VerdictKind.Counterexample, verdict.Kind);
        var net = evidence.Problem.Network;
        return new JsonObject
        {
            ["instanceSource"] = source,
            ["n"] = evidence.SampleCount,
            ["d"] = net.Dimension,
            ["m"] = net.Width,
            ["H"] = net.Depth,
            ["seed"] = evidence.Problem.Seed,
            ["steps"] = evidence.Run.StepCount,
            ["targets"] = PinnedJson.Numbers(evidence.Problem.Data.Targets.ToArray()),
            ["verdict"] = Verdict(verdict),
            ["truth"] = PinnedJson.Verdict(new JacobianFullRankTheorem().Judge(evidence)),
            ["note"] = string.Create(CultureInfo.InvariantCulture, $"min_t L_t stays above the sign bound inf_θ L ≥ min(½Σ_{{y>0}} y², ½Σ_{{y<0}} y²) for every budget"),
        };
    }

    /// <summary>The brief verdict plus the numbers it reports.</summary>
    private static JsonObject Verdict(Verdict verdict)
    {
        var o = PinnedJson.Verdict(verdict);
        o["numbers"] = verdict.ToJsonObject()["numbers"]!.DeepClone();
        return o;
    }
}
