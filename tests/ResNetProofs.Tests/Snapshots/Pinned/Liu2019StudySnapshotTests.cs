using System.Text.Json.Nodes;
using ResNetProofs.Studies;
using ResNetProofs.Tests.Liu2019;

namespace ResNetProofs.Tests.Snapshots.Pinned;

/// <summary>
/// Pins <c>snapshots/Liu2019/StudySmall.verified.json</c>: the success-rate study of Liu et al. 2019 on 2 teachers × 2 inits (seed 3,
/// p = k = 4), every run's outcome, stop, iterations, final loss and angle, and the table's counts. Replaces the byte-for-byte
/// comparison with tests/ResNetProofs.Tests/Liu2019/Pinned/liu-study-2x2-seed3.json.
/// </summary>
public sealed class Liu2019StudySnapshotTests
{
    /// <summary>
    /// Counts, outcomes and iteration numbers are integers or text (compared exactly); the mean iterations are exact means of
    /// counts (default 1e−12). Final losses and angles come out of up to 50 000 fixed-step iterations: 1e−9 relative (1e−10
    /// absolute for angles at the global optimum, which sit at rounding level; 1e−14 absolute for losses near 0, where the
    /// two linear-algebra providers' rounding moved a loss of 4.4e−7 by 4.4e−16).
    /// </summary>
    public static SnapshotTolerances Tolerances { get; } = SnapshotTolerances.Default
        .With("$.record.runs[*].loss", 1e-14, 1e-9, "final loss after up to 50 000 descent steps; 1e−14 absolute near 0, where native and managed linear algebra differ by rounding")
        .With("$.record.runs[*].angle", 1e-10, 1e-9, "final angle to w* after up to 50 000 descent steps; rounding-level (≈ 1e−13) at the global optimum");

    [Fact]
    public void Small_fixed_seed_study_matches_the_approved_snapshot()
    {
        var options = LiuStudyTests.Tiny;
        var record = JsonNode.Parse(LiuStudy.ToJson(LiuStudy.Run(options)))!;

        var snapshot = new JsonObject
        {
            ["study"] = "liu2019.success-rate",
            ["source"] = "Liu, Chen, Zhou, Du, Zhou & Zhao 2019 (NeurIPS), the success-rate experiment; the plain baseline of Du, Lee, Tian, Póczos & Singh 2018 (ICML)",
            ["status"] = "reconstructed: the shortcut form f = Σ_j a_j relu(Z_jᵀw) + (1/k)Σ_j Z_jᵀw, the ½E loss, the step size and weight normalisation of the plain runs are our reading (theorems.md); the closed-form population loss and the trap certificate are derived",
            ["producedBy"] = "LiuStudy.Run(LiuStudyTests.Tiny): 2 teachers × 2 inits, seed 3, p = k = 4; `resnetproofs liu-study --teachers 2 --inits 2 --seed 3` runs the study at p = k = 8",
            ["record"] = record,
            ["tolerances"] = Tolerances.ToJson(),
        };

        Approval.Verify("Liu2019", "StudySmall", snapshot, Tolerances);
    }
}
