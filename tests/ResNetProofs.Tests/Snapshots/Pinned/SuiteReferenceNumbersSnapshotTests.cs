using System.Text.Json.Nodes;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Theorems;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Tests.Snapshots.Pinned;

/// <summary>
/// Pins <c>snapshots/Suite/ReferenceNumbers.verified.json</c>, the regression check on numeric changes: for fixed seeded
/// instances of each critical-point theorem, the refined point's R, ‖∇R‖, λ_min (full and modulo symmetries), R_lin and
/// verdict; and for shamir2018.first-order-certificate both sides at seeded random θ. A change in derivatives, Hessians,
/// spectra, baselines or the solver that moves any of them fails here with the path and both values.
/// </summary>
public sealed class SuiteReferenceNumbersSnapshotTests
{
    /// <summary>The seeds of the first-order certificate's random θ.</summary>
    private static readonly int[] Seeds = [1, 2, 3];

    /// <summary>The refinement of TheoremSweepTests (CriticalPointSweep): 200 descent steps, then at most 200 Newton steps.</summary>
    private static readonly NewtonRefinementOptions Refinement = NewtonRefinementOptions.Default with { DescentSteps = 200, MaxIterations = 200 };

    /// <summary>
    /// Refined quantities: 1e−6 relative (a Newton stop at ‖∇R‖ ≤ 1e−10·scale fixes R and the spectrum far better, but the
    /// stopping iterate moves with rounding); ‖∇R‖ at a converged point is rounding-level, so it gets a 1e−9 absolute floor,
    /// as do eigenvalues (flat symmetry directions sit at 0 ± rounding) and verdict margins and tolerances (which carry ‖∇R‖).
    /// First-order certificate sides are evaluated directly at a given θ: the default 1e−12 relative.
    /// </summary>
    public static SnapshotTolerances Tolerances { get; } = SnapshotTolerances.Default
        .With("$.criticalPoints[*].gradientNorm", 1e-9, 1e-6, "rounding-level at a converged point")
        .With("$.criticalPoints[*].lambdaMin*", 1e-9, 1e-6, "eigenvalue at a refined point; symmetry directions at 0 ± rounding")
        .With("$.criticalPoints[*].verdict.**", 1e-9, 1e-6, "margins and tolerances at a refined point (carry ‖∇R‖)")
        .With("$.criticalPoints[*].**", 1e-12, 1e-6, "refined by gradient descent + Newton");

    [Fact]
    public void Suite_reference_numbers_match_the_approved_snapshot()
    {
        // Seeds from 1..30 whose refinement stops Converged, chosen to cover each verdict the theorem gives there and,
        // where the sweep offers one, a point with R > 0 and λ_min clearly nonzero (zero-risk points pin little of the Hessian).
        var criticalPoints = new JsonArray();
        foreach (int seed in new[] { 2, 3, 29 })
        {
            criticalPoints.Add(CriticalPoint("shamir2018.local-minima", "random single block f = wᵀ(x + V tanh(Wx + b)), d = 2, k = 2, n = 30, V scaled by 0.3", seed,
                TheoremInstances.RandomSingleBlock(seed, 0.3, d: 2, k: 2, n: 30)));
        }
        foreach (int seed in new[] { 3, 10, 23 })
        {
            criticalPoints.Add(CriticalPoint("yun2019.single-block", $"random single block, d = 3, k = 4, n = 12, V scaled by 0.3, output bias {seed % 2 == 0}", seed,
                TheoremInstances.RandomSingleBlock(seed, 0.3, outputBias: seed % 2 == 0)));
        }
        foreach (var (seed, n) in new[] { (4, 10), (7, 10), (29, 40) })
        {
            criticalPoints.Add(CriticalPoint("yun2019.deep-critical-points", $"random deep ResNet, d = 3, L = 2 tanh blocks of width 2, m₂ = 2, n = {n}", seed,
                TheoremInstances.RandomDeep(seed, projection: 2, n: n)));
        }
        foreach (int seed in new[] { 12, 19, 23 })
        {
            criticalPoints.Add(CriticalPoint("yun2019.near-identity.critical-bound", "random deep ResNet, d = 3, L = 2 tanh blocks of width 2 without inner bias, m₂ = 2, n = 40", seed,
                TheoremInstances.RandomDeep(seed, projection: 2, innerBias: false, n: 40)));
        }
        var certificates = new JsonArray();
        foreach (var (activation, outputBias) in new[] { (ActivationKind.Tanh, false), (ActivationKind.Relu, true), (ActivationKind.Softplus, false) })
        {
            foreach (int seed in Seeds)
            {
                certificates.Add(Certificate(activation, outputBias, seed));
            }
        }
        var snapshot = new JsonObject
        {
            ["snapshot"] = "suite.reference-numbers",
            ["source"] = "this suite: seeded instances of tests/ResNetProofs.Tests/Theorems/TheoremInstances.cs (the TheoremSweepTests settings)",
            ["status"] = "regression numbers, not a paper's: each entry names its theorem and that theorem's status (exact, derived, reconstructed)",
            ["refinement"] = new JsonObject
            {
                ["descentSteps"] = Refinement.DescentSteps,
                ["maxNewtonIterations"] = Refinement.MaxIterations,
                ["gradientTolerance"] = Refinement.GradientTolerance,
            },
            ["criticalPoints"] = criticalPoints,
            ["firstOrderCertificate"] = certificates,
            ["tolerances"] = Tolerances.ToJson(),
        };

        Approval.Verify("Suite", "ReferenceNumbers", snapshot, Tolerances);
    }

    private static JsonObject CriticalPoint(string theoremId, string instanceDescription, int seed, Instance start)
    {
        var theorem = TheoremCatalog.TryGet<PointEvidence>(theoremId) ?? throw new InvalidOperationException($"no theorem {theoremId} on instances");
        var refinement = NewtonRefinement.Refine(start.CreateRisk(), start.Parameters, Refinement);
        var at = new PointEvidence(new Instance(start.Name, start.Description, start.Source, start.Data, start.Model, start.Loss, [.. refinement.Theta]), refinement);
        Assert.Null(theorem.Inapplicable(at));
        return new JsonObject
        {
            ["theorem"] = theoremId,
            ["theoremStatus"] = theorem.Status.ToString(),
            ["instance"] = instanceDescription,
            ["seed"] = seed,
            ["stopReason"] = refinement.StopReason.ToString(),
            ["R"] = at.Value,
            ["gradientNorm"] = at.GradientNorm,
            ["lambdaMin"] = at.Classification.MinEigenvalue,
            ["lambdaMinModuloSymmetries"] = at.Classification.ComplementMinEigenvalue,
            ["R_lin"] = at.Baseline.Value,
            ["verdict"] = PinnedJson.Verdict(theorem.Judge(at)),
        };
    }

    private static JsonObject Certificate(ActivationKind activation, bool outputBias, int seed)
    {
        var at = new PointEvidence(TheoremInstances.RandomSingleBlock(seed, 1, outputBias, activation));
        var certificate = FirstOrderCertificate.At(at);
        var verdict = TheoremCatalog.TryGet<PointEvidence>("shamir2018.first-order-certificate")!.Judge(at);
        return new JsonObject
        {
            ["instance"] = $"random single block, d = 3, k = 4, n = 12, {activation.ToString().ToLowerInvariant()}, output bias {outputBias}, squared loss, random θ",
            ["seed"] = seed,
            ["R"] = certificate.Risk,
            ["bound"] = certificate.Bound,
            ["R_lin(t*)"] = certificate.BaselineRisk,
            ["readoutTerm"] = certificate.ReadoutTerm,
            ["blockTerm"] = certificate.BlockTerm,
            ["biasTerm"] = certificate.BiasTerm,
            ["kind"] = verdict.Kind.ToString(),
        };
    }
}
