using System.Text.Json.Nodes;
using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Losses;
using NumericTolerances = ResNetProofs.Numerics.Precision.Tolerances;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.GroundTruth;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Snapshots.Pinned;

/// <summary>
/// Pins <c>snapshots/Yun2019/Example1.verified.json</c>: for ρ ∈ {0.1, 0.5, 1, 2, 4}, the data, R_lin next to 8ρ²/15, R₂(θ₂)
/// next to its closed form, the crossover, the best one-unit FC and ResNet values found by refinement from seeded starts
/// next to R_lin and 29ρ²/57, and the verdicts at θ₂. The closed forms are also asserted directly in
/// Yun2019Example1Tests.
/// </summary>
public sealed class Yun2019Example1SnapshotTests
{
    /// <summary>Seeded starts per model and ρ: 5 ρ × 2 models × 40 refinements of P ≤ 5 on n = 6 take about a second.</summary>
    private const int Starts = 40;

    /// <summary>The theorems judged at θ₂ (as given, not refined).</summary>
    private static readonly string[] TheoremsAtTheta2 =
        ["shamir2018.first-order-certificate", "shamir2018.local-minima", "yun2019.single-block"];

    /// <summary>
    /// Closed-form and directly evaluated numbers: the default 1e−12 relative. Refined values (the FC and ResNet searches):
    /// 1e−8 relative, since a Newton stop at ‖∇R‖ ≤ 1e−10 leaves R accurate to about ‖∇R‖², but the stopping iterate may
    /// move with any change of rounding; kink distances and eigenvalues may be near 0, hence the absolute floors.
    /// Verdict margins mix eigenvalues and R_lin: 1e−9 relative with a 1e−12 floor.
    /// </summary>
    public static SnapshotTolerances Tolerances { get; } = SnapshotTolerances.Default
        .With("$.cases[*].resnet.search.**.kinkDistance", 1e-9, 1e-8, "a stalled iterate near a kink: moves with any change of the solver's path")
        .With("$.cases[*].resnet.search.**.lambdaMinModuloSymmetries", 1e-9, 1e-6, "eigenvalue of a refined iterate's Hessian (0 to rounding on flat directions)")
        .With("$.cases[*].fullyConnected.**", 1e-12, 1e-8, "refined by gradient descent + Newton from seeded starts")
        .With("$.cases[*].resnet.search.**", 1e-12, 1e-8, "refined by gradient descent + Newton from seeded starts; the best point found is a stalled iterate near a kink")
        .With("$.cases[*].theta2.verdicts[*].**", 1e-12, 1e-9, "verdict margins: R_lin, eigenvalues and rounding bounds");

    [Fact]
    public void Example1_numbers_match_the_approved_snapshot()
    {
        var cases = new JsonArray();
        foreach (double rho in Yun2019Example1.Rhos)
        {
            cases.Add(Case(rho));
        }
        var snapshot = new JsonObject
        {
            ["example"] = "yun2019.example1",
            ["source"] = "Yun, Sra & Jadbabaie 2019, \"Are deep ResNets provably better than linear predictors?\" (NeurIPS), Example 1; ../shared/theorems.md yun2019.example1",
            ["status"] = new JsonObject
            {
                ["data"] = "exact",
                ["R2(theta2)"] = "exact (the paper's value)",
                ["architectures and theta2"] = "reconstructed: f1 = a·relu(ux + b) + c; f2 = w·(x + v·relu(ux + b)) + c; θ₂ has h(x) = x + (ρ/2)·relu(x − 3) and (w, c) fitted by least squares",
                ["closed forms"] = "derived (8ρ²/15, the crossover, 29ρ²/57), checked in exact arithmetic",
                ["searches"] = "numerical: the best values found by refinement from seeded starts, not certified global minima",
            },
            ["setting"] = "X = [0..5], Y = X + ρ·(−1, −1, +1, −1, +1, +1); R = (1/n)Σ(f − y)²; every model has an output bias; R_lin is affine",
            ["crossover"] = Crossover(),
            ["search"] = new JsonObject
            {
                ["starts"] = Starts,
                ["seeds"] = $"1..{Starts}",
                ["start"] = "u = ±U(0.5, 2), kink −b/u ~ U(−0.5, 5.5), outer weights N(0, 1) (ResNet w ~ 1 + N(0, 0.25))",
                ["descentSteps"] = Yun2019Example1.SearchOptions.DescentSteps,
                ["maxNewtonIterations"] = Yun2019Example1.SearchOptions.MaxIterations,
                ["differentiableLocalMinimum"] = $"stop reason Converged, kink distance > {NumericTolerances.KinkAbsolute:G3}, and λ_min of ∇²R modulo symmetries not below −τ (the local-minimum check does not fail)",
            },
            ["cases"] = cases,
            ["tolerances"] = Tolerances.ToJson(),
        };

        Approval.Verify("Yun2019", "Example1", snapshot, Tolerances);
    }

    private static JsonObject Crossover()
    {
        double crossover = Yun2019Example1.Crossover;
        return new JsonObject
        {
            ["formula"] = "(3 + 3√21)/4",
            ["value"] = crossover,
            ["rule"] = "R₂(θ₂) < 8ρ²/15 ⇔ 4ρ² − 6ρ − 45 < 0 ⇔ ρ < (3 + 3√21)/4",
            ["probes"] = new JsonArray(new[] { 4.0, 4.18, 4.19, 5.0 }.Select(rho => (JsonNode)new JsonObject
            {
                ["rho"] = rho,
                ["quadratic"] = Yun2019Example1.CrossoverQuadratic(rho),
                ["R2MinusRlin"] = Yun2019Example1.ResNetRiskAtTheta2(rho) - Yun2019Example1.LinearRisk(rho),
                ["belowCrossover"] = rho < crossover,
                ["theta2BeatsLinear"] = Yun2019Example1.ResNetRiskAtTheta2(rho) < Yun2019Example1.LinearRisk(rho),
            }).ToArray()),
        };
    }

    private static JsonObject Case(double rho)
    {
        var data = Yun2019Example1.Data(rho);
        var linear = LinearBaseline.Minimize(data, SquaredLoss.Mean, withBias: true);
        var theta2 = new PointEvidence(Yun2019Example1.Theta2(rho));
        return new JsonObject
        {
            ["rho"] = rho,
            ["data"] = PinnedJson.Data(data),
            ["linear"] = new JsonObject
            {
                ["R_lin"] = linear.Value,
                ["closedForm"] = Yun2019Example1.LinearRisk(rho),
                ["formula"] = "8ρ²/15",
                ["t"] = linear.Weights[0],
                ["b"] = linear.Bias,
            },
            ["theta2"] = new JsonObject
            {
                ["parameters"] = PinnedJson.Parameters(theta2.Instance),
                ["R2"] = theta2.Value,
                ["closedForm"] = Yun2019Example1.ResNetRiskAtTheta2(rho),
                ["formula"] = "ρ²(12ρ² + 82ρ + 215)/(21ρ² + 156ρ + 420)",
                ["beatsLinear"] = theta2.Value < linear.Value,
                ["belowCrossover"] = rho < Yun2019Example1.Crossover,
                ["kinkDistance"] = theta2.Kink.Distance,
                ["verdicts"] = new JsonArray(TheoremsAtTheta2.Select(id => (JsonNode)VerdictAt(id, theta2)).ToArray()),
            },
            ["fullyConnected"] = FullyConnected(rho, linear.Value),
            ["resnet"] = ResNet(rho),
        };
    }

    private static JsonObject VerdictAt(string id, PointEvidence at)
    {
        var theorem = TheoremCatalog.TryGet<PointEvidence>(id) ?? throw new InvalidOperationException($"no theorem {id} on instances");
        string? inapplicable = theorem.Inapplicable(at);
        return inapplicable is null ? PinnedJson.Verdict(theorem.Judge(at)) : new JsonObject { ["theorem"] = id, ["inapplicable"] = inapplicable };
    }

    private static JsonObject FullyConnected(double rho, double linearRisk)
    {
        var model = Yun2019Example1.FullyConnected();
        var runs = Yun2019Example1.Search(model, rho, Starts);
        var best = runs.Where(r => double.IsFinite(r.Value)).MinBy(r => r.Value)!;
        return new JsonObject
        {
            ["model"] = "f₁(x) = a·relu(ux + b) + c",
            ["claim"] = "the global minimum equals R_lin for every ρ, so no local minimum beats linear",
            ["best"] = new JsonObject
            {
                ["R"] = best.Value,
                ["RMinusRlin"] = best.Value - linearRisk,
                ["stopReason"] = best.StopReason.ToString(),
            },
            ["bestBeatsLinear"] = best.Value < linearRisk * (1 - 1e-9),
            ["converged"] = runs.Count(r => r.StopReason == RefinementStopReason.Converged),
        };
    }

    private static JsonObject ResNet(double rho)
    {
        var model = Yun2019Example1.ResNet();
        double globalMinimum = Yun2019Example1.ResNetGlobalMinimum(rho);
        var kinkFits = Enumerable.Range(1, 4).Select(k => (Kink: k, Risk: Yun2019Example1.HingeFitAtDataPoint(rho, k))).ToArray();
        double bestKinkFit = kinkFits.Min(f => f.Risk);

        var runs = Yun2019Example1.Search(model, rho, Starts);
        var points = runs.Select((r, k) => (Run: r, At: new PointEvidence(Yun2019Example1.At(model, rho, r.Theta, $"resnet-rho{rho}-seed{k + 1}"), r))).ToArray();
        var differentiableMinima = points.Where(p => p.Run.StopReason == RefinementStopReason.Converged
            && !p.At.Kink.IsAtKink(NumericTolerances.KinkAbsolute)
            && CommonChecks.IsLocalMinimum(p.At).Outcome != CheckOutcome.Fails).ToArray();
        var best = points.Where(p => double.IsFinite(p.Run.Value)).MinBy(p => p.Run.Value);
        double linearRisk = Yun2019Example1.LinearRisk(rho);
        var search = new JsonObject
        {
            ["differentiableLocalMinimaFound"] = differentiableMinima.Length,
            ["bestPointFound"] = new JsonObject
            {
                ["R"] = best.Run.Value,
                ["overGlobalMinimum"] = best.Run.Value / globalMinimum,
                ["kinkDistance"] = best.At.Kink.Distance,
                ["nonDifferentiable"] = best.At.Kink.IsAtKink(NumericTolerances.KinkAbsolute),
                ["stopReason"] = best.Run.StopReason.ToString(),
            },
        };
        if (differentiableMinima.Length > 0)
        {
            var bestMinimum = differentiableMinima.MinBy(p => p.Run.Value);
            search["bestDifferentiableLocalMinimum"] = new JsonObject
            {
                ["R"] = bestMinimum.Run.Value,
                ["RMinusRlin"] = bestMinimum.Run.Value - linearRisk,
                ["overGlobalMinimum"] = bestMinimum.Run.Value / globalMinimum,
                ["atLeastGlobalMinimum"] = bestMinimum.Run.Value >= globalMinimum * (1 - 1e-12),
                ["lambdaMinModuloSymmetries"] = bestMinimum.At.Classification.ComplementMinEigenvalue,
            };
        }
        return new JsonObject
        {
            ["model"] = "f₂(x) = w·(x + v·relu(ux + b)) + c",
            ["globalMinimum"] = globalMinimum,
            ["formula"] = "29ρ²/57, attained with the kink on a data point (x = 2 or 3), where R is not differentiable",
            ["kinkOnDataPoint"] = new JsonObject
            {
                ["method"] = "kink fixed at x = k: min over (w, v, c) is the least-squares fit of y on (x, relu(x − k), 1) (LinearBaseline on those features)",
                ["fits"] = new JsonArray(kinkFits.Select(f => (JsonNode)new JsonObject { ["kinkAt"] = f.Kink, ["R"] = f.Risk }).ToArray()),
                ["best"] = bestKinkFit,
                ["bestEqualsGlobalMinimum"] = Math.Abs(bestKinkFit - globalMinimum) <= 1e-12 * globalMinimum,
            },
            ["search"] = search,
        };
    }
}
