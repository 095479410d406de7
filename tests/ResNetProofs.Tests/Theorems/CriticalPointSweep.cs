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
    public static IReadOnlyList<Verdict> Run(ITheorem theorem, IEnumerable<int> seeds, Func<int, Instance> instance, int descentSteps = 200)
    {
        var verdicts = new List<Verdict>();
        foreach (int seed in seeds)
        {
            var start = instance(seed);
            var refinement = NewtonRefinement.Refine(start.CreateRisk(), start.Parameters, NewtonRefinementOptions.Default with { DescentSteps = descentSteps, MaxIterations = 200 });
            var refined = new Instance(start.Name, start.Description, start.Source, start.Data, start.Model, start.Loss, [.. refinement.Theta]);
            var at = new PointEvidence(refined, refinement);
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
