using System.Text.Json.Nodes;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Tests.GroundTruth;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Tests.Snapshots.Pinned;

/// <summary>
/// Pins <c>snapshots/Yun2019/Example2.verified.json</c>: the data, R_lin(x) = 25/78, the zero-risk fixture with R_lin(h₁) = 1/2
/// and R_lin(h₂) = 0, and a second zero-risk point with V₁ = 0 where R_lin(h₁) = R_lin(x) (the claim is one of existence).
/// The closed forms are also asserted directly in Yun2019Example2Tests.
/// </summary>
public sealed class Yun2019Example2SnapshotTests
{
    /// <summary>
    /// Everything is evaluated directly (no solver): 1e−12 relative, with a 1e−15 absolute floor for the quantities whose exact
    /// value is 0 (R and R_lin(h₂), a few ulps of 3-term sums of numbers ≤ 4 squared); ‖∇R‖ is exactly 0 too, but its rounding-level
    /// value (≈ 4e−15) moves with any reordering of the reverse pass, hence 1e−12 absolute.
    /// </summary>
    public static SnapshotTolerances Tolerances { get; } = SnapshotTolerances.Default
        .With("$.fixtures[*].R", 1e-15, 1e-12, "exactly 0; rounding of 3 squared residuals")
        .With("$.fixtures[*].gradientNorm", 1e-12, 1e-6, "exactly 0; rounding-level")
        .With("$.fixtures[*].linearRiskOfH2.value", 1e-15, 1e-12, "exactly 0; rounding of an SVD fit");

    [Fact]
    public void Example2_numbers_match_the_approved_snapshot()
    {
        var data = Yun2019Example2.Data();
        var snapshot = new JsonObject
        {
            ["example"] = "yun2019.example2",
            ["source"] = "Yun, Sra & Jadbabaie 2019, \"Are deep ResNets provably better than linear predictors?\" (NeurIPS), Example 2; ../shared/theorems.md yun2019.example2",
            ["status"] = new JsonObject
            {
                ["data"] = "exact",
                ["claim"] = "exact: even at a global minimum (zero risk), the best linear fit on block 1's output can be worse than on x",
                ["zero-risk fixture"] = "our construction (theorems.md)",
                ["v1 = 0 fixture"] = "our construction: block 2 alone fits the data, h₂ = x − 5·relu(x − 11/4); it shows the claim is one of existence",
            },
            ["setting"] = "2-block ResNet, one ReLU unit per block: h₁ = x + V₁·relu(W₁x + b₁), h₂ = h₁ + V₂·relu(W₂U₂h₁ + b₂), f = w·h₂ + c; R = (1/n)Σ(f − y)²; R_lin(h) is the affine least-squares risk of y on (h, 1)",
            ["data"] = PinnedJson.Data(data),
            ["linearRiskOfX"] = new JsonObject
            {
                ["value"] = Yun2019Example2.LinearRiskOf(data.Rows().Select(r => r[0]).ToArray()),
                ["closedForm"] = 25.0 / 78,
                ["formula"] = "25/78",
            },
            ["fixtures"] = new JsonArray(
                Fixture(Yun2019Example2.ZeroRisk(), "h₁ = x + 4·relu(x − 11/4), h₂ = h₁ − (9/4)·relu(h₁ − 3), f = (4/3)h₂ − 1/3", [1, 2.5, 4], [1, 2.5, 1.75], 0.5, "1/2"),
                Fixture(Yun2019Example2.ZeroRiskWithoutBlock1(), "V₁ = 0 so h₁ = x; h₂ = x − 5·relu(x − 11/4), f = (4/3)h₂ − 1/3", [1, 2.5, 3], [1, 2.5, 1.75], 25.0 / 78, "25/78 = R_lin(x)")),
            ["tolerances"] = Tolerances.ToJson(),
        };

        Approval.Verify("Yun2019", "Example2", snapshot, Tolerances);
    }

    private static JsonObject Fixture(Instance instance, string construction, double[] h1Exact, double[] h2Exact, double linearH1, string linearH1Formula)
    {
        var at = new PointEvidence(instance);
        var h1 = Yun2019Example2.BlockOutput(instance, 1);
        var h2 = Yun2019Example2.BlockOutput(instance, 2);
        return new JsonObject
        {
            ["name"] = instance.Name,
            ["construction"] = construction,
            ["parameters"] = PinnedJson.Parameters(instance),
            ["h1"] = PinnedJson.Numbers(h1),
            ["h1Exact"] = PinnedJson.Numbers(h1Exact),
            ["h2"] = PinnedJson.Numbers(h2),
            ["h2Exact"] = PinnedJson.Numbers(h2Exact),
            ["predictions"] = PinnedJson.Numbers(instance.CreateRisk().Forward(instance.Parameters).Predictions.ToArray()),
            ["R"] = at.Value,
            ["RClosedForm"] = 0.0,
            ["linearRiskOfH1"] = new JsonObject { ["value"] = Yun2019Example2.LinearRiskOf(h1), ["closedForm"] = linearH1, ["formula"] = linearH1Formula },
            ["linearRiskOfH2"] = new JsonObject { ["value"] = Yun2019Example2.LinearRiskOf(h2), ["closedForm"] = 0.0, ["formula"] = "0" },
            ["kinkDistance"] = at.Kink.Distance,
            ["gradientNorm"] = at.GradientNorm,
        };
    }
}
