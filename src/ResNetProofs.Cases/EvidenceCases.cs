using ResNetProofs.Generators;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Gulcu;
using ResNetProofs.Theorems.Papers.Liu2019;
using ResNetProofs.Theorems.Planted;

namespace ResNetProofs.Cases;

/// <summary>
/// The case sources of the theorems judged on their own evidence: the Liu et al. 2019 and Gulcu statements and their planted
/// ones. Each uses the property suite's generator and settings (properties/ResNetProofs.Properties/*Liu*, *Gulcu*,
/// PlainCnnAlwaysReachesGlobalOptimumProperties), so a hunt case costs what a property case costs. Float runs (shortcut
/// descent, plain-CNN runs, Gulcu descent) are never Counterexamples (NotCertified, Inconclusive); only the two planted
/// statements have certified refutations (a run certified trapped at the spurious point; the width-one sign bound).
/// </summary>
public static class EvidenceCases
{
    /// <summary>Tracked descent steps of a Gulcu run (each costs an n×n eigensolve and the exact remainder), as in the property suite.</summary>
    public const int GulcuSteps = 200;

    /// <summary>Every evidence source, by theorem id.</summary>
    public static IReadOnlyDictionary<string, EvidenceCaseSource> All { get; } = Build().ToDictionary(s => s.TheoremId, StringComparer.Ordinal);

    private static IEnumerable<EvidenceCaseSource> Build()
    {
        yield return EvidenceCaseSource.Create("liu2019.spurious-optimum",
            "plain-CNN teachers (p, k ∈ [2, 5], ‖w*‖ = 1) inside (weight 2) or outside (1) the local-minimum condition; the spurious point certified",
            CnnTeachers.Unit(ShortcutForm.None, insideWeight: 2, outsideWeight: 1), CnnTeachers.Shrink, Cnn,
            t => new SpuriousOptimumTheorem().Judge(new SpuriousOptimumEvidence(t)));
        yield return EvidenceCaseSource.Create("liu2019.shortcut-escapes",
            "shortcut-CNN teachers of either sign of 1ᵀa*, descent from w₀ = 0 with a₀ uniform in the unit ball (a float run: NotCertified at worst)",
            CnnRuns.FromZeroFilter(), CnnRuns.Shrink, c => Cnn(c.Teacher),
            c => new ShortcutEscapesTheorem().Judge(new ShortcutEscapeEvidence(c.Teacher, c.Start, c.BallRadius)));
        yield return EvidenceCaseSource.Create("liu2019.plain-cnn-can-fail",
            "samples of 3..10 seeded starts on plain-CNN teachers inside the condition (6 : 1); a sample without a trapped run is Inconclusive",
            CnnRuns.PlainSamples(maxRuns: 10, insideWeight: 6), CnnRuns.Shrink, Sample,
            s => new PlainCnnCanFailTheorem().Judge(new PlainCnnRunsEvidence(s.Teacher, s.Runs, s.Seed, s.Radius)));
        yield return EvidenceCaseSource.Create("planted.plain-cnn-always-reaches-global-optimum",
            "samples of 3..10 seeded starts on plain-CNN teachers inside the condition (6 : 1); a run certified trapped refutes it",
            CnnRuns.PlainSamples(maxRuns: 10, insideWeight: 6), CnnRuns.Shrink, Sample,
            s => new PlainCnnAlwaysReachesGlobalOptimum().Judge(new PlainCnnRunsEvidence(s.Teacher, s.Runs, s.Seed, s.Radius)));
        yield return EvidenceCaseSource.Create("gulcu.jacobian-full-rank",
            "seeded wide-ResNet problems, n ∈ [2, 8], d ∈ [2, n], H ∈ [1, 3], m/n ∈ {1/2, 1, 2, 4}; λ_min(J₀J₀ᵀ) at initialisation",
            WideResidualCases.Problems(), WideResidualCases.Shrink, Problem,
            c => new JacobianFullRankTheorem().Judge(new GulcuEvidence(c.Generate(), new GradientDescentOptions())));
        yield return EvidenceCaseSource.Create("gulcu.linear-convergence",
            $"seeded wide-ResNet problems, n ∈ [2, 6], m/n ∈ {{8, 16}}, {GulcuSteps} tracked descent steps (a float run: NotCertified at worst)",
            WideResidualCases.Problems(maxSamples: 6, ratios: [8, 16]), WideResidualCases.Shrink, Problem,
            c => new LinearConvergenceTheorem().Judge(new GulcuEvidence(c.Generate(), new GradientDescentOptions { MaxSteps = GulcuSteps, TargetLoss = 1e-10, TrackSpectrum = true })));
        yield return EvidenceCaseSource.Create("planted.gulcu-width-one",
            $"seeded width-one wide-ResNet problems (m = 1, n = 20, d ∈ [1, 20], H ∈ [1, 4]), {GulcuSteps} tracked steps; the sign bound refutes it",
            WideResidualCases.WidthOne(), WideResidualCases.Shrink, Problem,
            c => new GulcuWidthOne().Judge(new GulcuEvidence(c.Generate(), new GradientDescentOptions { MaxSteps = GulcuSteps, TrackSpectrum = true })));
    }

    private static EvidenceSize Cnn(CnnTeacher t) => new(["p", "k"], [t.Architecture.PatchDimension, t.Architecture.Patches]);

    private static EvidenceSize Sample(CnnRunSample s) => new(["p", "k", "runs"], s.Size);

    private static EvidenceSize Problem(WideResidualCase c) => new(["n", "d", "m", "H"], c.Size);
}
