using System.Text.Json.Nodes;
using ResNetProofs.Studies;
using ResNetProofs.Tests.SafranShamir;

namespace ResNetProofs.Tests.Snapshots.Pinned;

/// <summary>
/// Pins <c>snapshots/SafranShamir/StudySmall.verified.json</c>: the Safran–Shamir study at k = 10, n ∈ {10, 11}, 3 runs per row,
/// seed 1, the three students (plain, linear skip, identity shortcut), a 3000-step budget: every run's outcome, steps and final F, the families with their certificates
/// (the certificate's one-line reason is left out: its λ_min figure comes from an eigenvalue estimate that the native and
/// managed linear-algebra providers round differently).
/// </summary>
public sealed class SafranShamirStudySnapshotTests
{
    /// <summary>
    /// Counts, outcomes and steps are integers or text (exact). Final F, end points and F enclosures come out of up to 3000
    /// fixed steps: 1e−9 relative (1e−14 absolute near 0). Gradient norms at the end are rounding-level for converged runs:
    /// 1e−9 absolute. The certified λ_min lower bound depends on the provider's eigenvalue estimate: 1e−3 relative. The box
    /// radius is 4‖C∇F(θ̃)‖∞ at rounding level or the 10⁻¹² floor: 0.5 relative.
    /// </summary>
    public static SnapshotTolerances Tolerances { get; } = SnapshotTolerances.Default
        .With("$.record.runs[*].value", 1e-14, 1e-9, "final F after up to 3000 fixed steps")
        .With("$.record.runs[*].maxBlockGradientNorm", 1e-9, 1e-6, "final gradient norm, rounding-level for converged runs")
        .With("$.record.rows[*].values[*]", 1e-14, 1e-9, "family objective values after up to 3000 fixed steps")
        .With("$.record.families[*].value", 1e-14, 1e-9, "family objective value")
        .With("$.record.families[*].representative[*]", 1e-12, 1e-9, "end point after up to 3000 fixed steps")
        .With("$.record.families[*].valueLower", 1e-14, 1e-9, "interval enclosure of F over the certified box")
        .With("$.record.families[*].valueUpper", 1e-14, 1e-9, "interval enclosure of F over the certified box")
        .With("$.record.families[*].hessianLowerBound", 1e-12, 1e-3, "certified λ_min bound: the Cholesky shift starts from a provider-dependent eigenvalue estimate")
        .With("$.record.families[*].radius", 1e-15, 0.5, "Krawczyk box radius: 4‖C∇F(θ̃)‖∞ at rounding level, or its 1e−12 floor");

    [Fact]
    public void Small_fixed_seed_study_matches_the_approved_snapshot()
    {
        var record = JsonNode.Parse(SafranShamirStudy.ToJson(SafranShamirStudy.Run(SafranShamirStudyTests.Small)))!;
        foreach (var family in record["families"]!.AsArray())
        {
            family!.AsObject().Remove("reason");
        }

        var snapshot = new JsonObject
        {
            ["study"] = "safran-shamir-2018.spurious-minima",
            ["source"] = "Safran & Shamir, Spurious local minima are common in two-layer ReLU neural networks (ICML 2018, arXiv 1712.08968), the experiment of its Section 3",
            ["status"] = "protocol as stated in issue 13 (d = k, v_j = e_j, N(0, I/d) starts, step 0.1 on ∇(2πF), restart with half the step above 10⁴, stop at block gradients ≤ 1e−9, non-global at F ≥ 1e−3); the step budget, the skip form and the certificates are ours",
            ["producedBy"] = "SafranShamirStudy.Run(SafranShamirStudyTests.Small); `resnetproofs safran-shamir-study --k 10 --runs 3 --seed 1 --max-steps 3000` runs the same study",
            ["record"] = record,
            ["tolerances"] = Tolerances.ToJson(),
        };

        Approval.Verify("SafranShamir", "StudySmall", snapshot, Tolerances);
    }
}
