using System.Text.Json.Nodes;
using ResNetProofs.Tests.Gulcu;

namespace ResNetProofs.Tests.Snapshots.Pinned;

/// <summary>
/// Pins <c>snapshots/Gulcu/WidthTiny.verified.json</c>: the width study gulcu.width-linear-in-n on n ∈ {8, 16}, H ∈ {1, 2},
/// m/n ∈ {1/4, 1/2, 1, 2}, seeds 1..3, 500 steps: per cell the threshold and per attempt m, P, the successes and the median
/// steps and final loss. Replaces the hand-written comparison with tests/ResNetProofs.Tests/Gulcu/Pinned/gulcu-width-tiny.json.
/// </summary>
public sealed class GulcuWidthStudySnapshotTests
{
    /// <summary>
    /// Thresholds, widths, P and success counts are compared exactly (the median steps are medians of counts: default 1e−12).
    /// Median final losses: 1e−6 relative, as before (libm's exp/log may differ in the last bit across platforms, and 500 steps amplify it).
    /// </summary>
    public static SnapshotTolerances Tolerances { get; } = SnapshotTolerances.Default
        .With("$.record.cells[*].attempts[*].medianFinalLoss", 0, 1e-6, "median final loss after 500 gradient-descent steps");

    [Fact]
    public void Tiny_width_study_matches_the_approved_snapshot()
    {
        var record = JsonNode.Parse(WidthStudyTests.TinyResult.Value.ToJson(includeTiming: false))!;

        var snapshot = new JsonObject
        {
            ["study"] = "gulcu.width-linear-in-n",
            ["source"] = "Gulcu, \"Stronger convergence results for deep residual networks: network width scales linearly with training data size\"; model after Du et al. 2019",
            ["status"] = "reconstructed: the architecture follows Du et al. 2019 (theorems.md); the study (grid of m/n, majority of seeds reaching L ≤ 1e−8 within the budget) is ours",
            ["producedBy"] = "WidthStudy.Run(WidthStudyTests.Tiny); `resnetproofs gulcu-study --n 8,16 --depths 1,2 --ratios 1/4,1/2,1,2 --seeds 1,2,3 --budget 500`",
            ["record"] = record,
            ["tolerances"] = Tolerances.ToJson(),
        };

        Approval.Verify("Gulcu", "WidthTiny", snapshot, Tolerances);
    }
}
