using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Theorems;

/// <summary>Refines seeded starts to critical points and judges them, counting verdicts by kind.</summary>
public static class CriticalPointSweep
{
    /// <summary>
    /// For each seed: build an instance, refine it (gradient steps then Newton), and judge the refined point with
    /// <paramref name="theorem"/>. Returns the verdicts (one per seed), the refinement failures included as Inconclusive.
    /// </summary>
    public static IReadOnlyList<Verdict> Run(ITheorem<PointEvidence> theorem, IEnumerable<int> seeds, Func<int, Instance> instance, int descentSteps = 200)
    {
        var verdicts = new List<Verdict>();
        foreach (int seed in seeds)
        {
            var at = PointEvidence.Build(instance(seed), NewtonRefinementOptions.Default with { DescentSteps = descentSteps, MaxIterations = 200 });
            Assert.Null(theorem.Inapplicable(at));
            verdicts.Add(theorem.Judge(at));
        }
        return verdicts;
    }

    /// <summary>"Confirmed 12, Vacuous 3, …, of which refinement failed 4": the distribution, for test output.</summary>
    public static string Describe(IReadOnlyList<Verdict> verdicts) =>
        string.Join(", ", Enum.GetValues<VerdictKind>().Select(k => $"{k} {verdicts.Count(v => v.Kind == k)}"))
        + $"; refinement not converged {verdicts.Count(v => v.Reason == VerdictReason.GateFailed && v.Explanation.Contains("refinement converged", StringComparison.Ordinal))}";
}
