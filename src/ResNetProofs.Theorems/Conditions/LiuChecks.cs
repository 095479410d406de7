using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>
/// The checks of the Liu et al. 2019 / Du et al. 2018 theorems, which are judged on a teacher rather than on an instance file. Every
/// rounding tolerance is <see cref="VerdictTolerances.MeanRounding"/>(terms, scale) with the number of terms and the scale stated.
/// </summary>
public static class LiuChecks
{
    /// <summary>
    /// A conjunction of checks: it holds if every part holds, fails if some part fails, else is undecided. Margin and τ are those of the
    /// deciding part (the first failing, else the first undecided, else the part with the smallest margin/τ ratio); its name is in the statement.
    /// </summary>
    public static Check AllOf(string name, string statement, params Check[] parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Length);
        var deciding = parts.FirstOrDefault(c => c.Outcome == CheckOutcome.Fails)
            ?? parts.FirstOrDefault(c => c.Outcome == CheckOutcome.Undecided)
            ?? parts.MinBy(c => c.Margin / Math.Max(c.Tolerance, double.Epsilon))!;
        return deciding with
        {
            Name = name,
            Statement = $"{statement} [decided by {deciding.Name}: {deciding.Statement}; parts: {string.Join("; ", parts.Select(p => $"{p.Name} {p.Outcome}"))}]",
        };
    }

    /// <summary>The hypothesis π(1ᵀa*)² &lt; (k + π − 1)‖a*‖² (unit teacher); τ = 16·k·u·max(1, (k + π)‖a*‖² + π(1ᵀa*)²).</summary>
    public static Check LocalMinimumCondition(CnnTeacher unitTeacher)
    {
        ArgumentNullException.ThrowIfNull(unitTeacher);
        int k = unitTeacher.Architecture.Patches;
        double s = unitTeacher.Readout.Sum(), n2 = unitTeacher.Readout.Sum(x => x * x);
        return Check.AtMost("H local-minimum condition", "π(1ᵀa*)² < (k + π − 1)‖a*‖² (derived: ⇔ a_spᵀa* < 0)",
            Math.PI * s * s, (k + Math.PI - 1) * n2, VerdictTolerances.MeanRounding(k, ((k + Math.PI) * n2) + (Math.PI * s * s)),
            "16·k·u·max(1, (k + π)‖a*‖² + π(1ᵀa*)²)");
    }

    /// <summary>The numbers carried by a spurious-optimum verdict.</summary>
    public static IReadOnlyList<NamedValue> SpuriousNumbers(SpuriousOptimumEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return
        [
            new("p", e.Teacher.Architecture.PatchDimension),
            new("k", e.Teacher.Architecture.Patches),
            new("L(θ_sp)", e.Loss),
            new("½E y²", e.Scale),
            new("‖∇L(θ_sp)‖₂", e.GradientNorm),
            new("a_spᵀa*", e.Alignment),
            new("(k + π − 1)‖a*‖² − π(1ᵀa*)²", e.ConditionMargin),
            new("λ_min(∇²L), full", e.Hessian.MinEigenvalue),
            new("λ_min(∇²L) modulo radial v (analytically 0 for p ≥ 2)", e.TangentMinEigenvalue),
            new("λ_min(∇²_a L)", e.ReadoutHessian.MinEigenvalue),
            new("L(w turned 0.1 rad towards w*) − L(θ_sp)", e.WitnessLossChange),
        ];
    }

    /// <summary>
    /// Whether a weight-normalised run's end is certified trapped at the spurious point: the three trap margins
    /// (<see cref="CnnSpuriousTrapResult"/>) each above τ = 16·(p + k)·u·max(1, ‖a*‖², ‖v‖²), and L(θ_sp) above the run's ε-threshold by τ.
    /// </summary>
    public static bool CertifiedTrapped(CnnSpuriousTrapResult trap, int terms, double lossThreshold)
    {
        ArgumentNullException.ThrowIfNull(trap);
        double tau = VerdictTolerances.MeanRounding(terms, trap.Scale);
        return trap.AlignmentMargin > tau && trap.StepMargin > tau && trap.OvershootMargin > tau && trap.SpuriousLoss > lossThreshold + tau;
    }

    /// <summary>The numbers carried by a verdict over a sample of plain-CNN runs.</summary>
    public static IReadOnlyList<NamedValue> RunNumbers(PlainCnnRunsEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var runs = e.Runs;
        return
        [
            new("runs", runs.Count),
            new("reached the global optimum", e.GlobalOptimumCount),
            new("classified spurious", runs.Count(r => r.Run.Outcome == CnnRunOutcome.SpuriousPoint)),
            new("certified trapped at the spurious point", e.CertifiedTrappedCount),
            new("neither", runs.Count(r => r.Run.Outcome == CnnRunOutcome.Neither)),
            new("L(θ_sp)", runs[0].Trap.SpuriousLoss),
            new("(k + π − 1)‖a*‖² − π(1ᵀa*)²", CnnSpuriousPoint.ConditionMargin(e.Teacher)),
            new("step η", runs[0].Run.StepSize),
            new("max iterations", e.Options.MaxIterations),
            new("seed", e.Seed),
        ];
    }

    /// <summary>
    /// g₀ = γ(kγ + 1ᵀb*/2), b* = a* + β1, enclosed by interval arithmetic: the closed-form gradient at w = 0 (relu′(0) = 0) is
    /// ∇_w L(0, a) = −g₀·w*, ∇_a L(0, a) = 0 for every a, so the first step from w = 0 is w₁ = η·g₀·w*. For
    /// <see cref="ShortcutForm.AveragePooledPreActivation"/> (β = 0, γ = c) g₀ = c(kc + 1ᵀa*/2), i.e. (1/k)(1 + 1ᵀa*/2) at c = 1/k;
    /// for <see cref="ShortcutForm.AveragePooledActivation"/> and <see cref="ShortcutForm.None"/> (γ = 0) g₀ = 0 exactly.
    /// </summary>
    public static Interval FirstStepCoefficient(CnnTeacher teacher)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        var arch = teacher.Architecture;
        if (arch.Gamma == 0)
        {
            return Interval.Zero;
        }
        var sum = Interval.Zero;
        foreach (double a in teacher.Readout)
        {
            sum += Interval.Point(a) + Interval.Point(arch.Beta);
        }
        var gamma = Interval.Point(arch.Gamma);
        return gamma * ((Interval.Point(arch.Patches) * gamma) + (sum / 2));
    }

    /// <summary>
    /// The hypothesis "gradient descent from w = 0 heads toward w*": g₀ = γ(kγ + 1ᵀ(a* + β1)/2) &gt; 0 (<see cref="FirstStepCoefficient"/>),
    /// decided by an enclosure; with γ = 0 it fails exactly (the gradient at w = 0 vanishes in w and a, so descent from w = 0 never moves).
    /// For the default form and weight it reads 1ᵀa* &gt; −2.
    /// </summary>
    public static Check FirstStepTowardsTeacher(CnnTeacher teacher)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        const string Statement = "g₀ = γ(kγ + 1ᵀ(a* + β1)/2) > 0, so the first step from w = 0 is η·g₀·w* (default form and weight: 1ᵀa* > −2)";
        if (teacher.Architecture.Gamma == 0)
        {
            return Check.Exact("H first step towards w*", Statement + ": γ = 0, the gradient at w = 0 vanishes and descent never leaves w = 0", false, 0, 0);
        }
        return Check.AtLeast("H first step towards w*", Statement, FirstStepCoefficient(teacher), Interval.Zero, "interval arithmetic over the k + 2 terms of g₀");
    }
}
