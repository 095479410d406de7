using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Papers.Liu2019;

/// <summary>
/// Liu, Chen, Zhou, Du, Zhou &amp; Zhao 2019 (reconstructed form f = Σ_j a_j relu(Z_jᵀw) + c·Σ_j Z_jᵀw, c = 1/k by default): gradient
/// descent on the population loss from w = 0 and a₀ in a ball reaches L ≤ ε (ε = relative tolerance·½E y²), for teachers whose
/// first step heads toward w*. A run that ends above ε at a strict local minimum by float margins (‖∇L‖ at the rounding floor,
/// λ_min(∇²L) &gt; τ) fails the conclusion, but the float run is not an enclosure of exact descent, so the Judge reports it
/// Inconclusive (NotCertified), never Counterexample; a run that merely used up its budget fails the gate (Inconclusive).
/// </summary>
/// <remarks>
/// The hypothesis on a* (derived from the closed form, <see cref="CnnPopulationLoss"/>): at w = 0 the gradient is
/// ∇_w L = −γ(kγ + 1ᵀb*/2)·w* and ∇_a L = 0 with b* = a* + β1, whatever a₀ is; so the first step is w₁ = η·g₀·w* with
/// g₀ = γ(kγ + 1ᵀb*/2). The loss is invariant under rotations of R^p that fix w*, so every later iterate keeps w_t on the line R·w*:
/// ∠(w_t, w*) is 0 or π. Hence descent from w = 0 heads toward w* (angle 0 after one step) iff g₀ &gt; 0; it heads to −w* iff g₀ &lt; 0,
/// and never moves iff g₀ = 0. Per form: average-pooled pre-activations (β = 0, γ = c): c(kc + 1ᵀa*/2) &gt; 0, i.e. 1ᵀa* &gt; −2kc for
/// c &gt; 0, which is 1ᵀa* &gt; −2 at the default c = 1/k (g₀ = (1/k)(1 + 1ᵀa*/2)); average-pooled activations (β = c, γ = 0) and no
/// shortcut: g₀ = 0 for every teacher, so the hypothesis fails (Vacuous) and descent from w = 0 is stationary. The hypothesis is about the
/// direction of the first step only: that the run then stays at angle 0 and reaches ε is the conclusion tested, not a consequence.
/// </remarks>
public sealed class ShortcutEscapesTheorem : ITheorem<ShortcutEscapeEvidence>
{
    /// <inheritdoc/>
    public string Id => "liu2019.shortcut-escapes";

    /// <inheritdoc/>
    public string Source => "Liu, Chen, Zhou, Du, Zhou & Zhao 2019, \"Towards understanding the importance of shortcut connections in residual networks\" (NeurIPS)";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.Reconstructed;

    /// <inheritdoc/>
    public string StatusNote => "reconstructed: the shortcut form (a parameter), the ½E loss and the step size are our reading";

    /// <inheritdoc/>
    public string Statement => "shortcut CNN, g₀ = γ(kγ + 1ᵀ(a* + β1)/2) > 0 (default: 1ᵀa* > −2), GD from w = 0, ‖a₀‖ ≤ r ⇒ L(θ_T) ≤ ε·½E y² (population loss, Gaussian Z, teacher of the same architecture)";

    /// <summary>Judges one run on one teacher; the run is made only when every hypothesis holds.</summary>
    public Verdict Judge(ShortcutEscapeEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var arch = evidence.Teacher.Architecture;
        int p = arch.PatchDimension;
        var hypotheses = new[]
        {
            Check.Exact("H shortcut", "the architecture has a shortcut", arch.Shortcut != ShortcutForm.None, arch.Beta + arch.Gamma, 0),
            Check.Exact("H w₀ = 0", "w₀ = 0", evidence.Start.Take(p).All(x => x == 0), ArcCosineKernel.Norm(evidence.Start.Take(p).ToArray()), 0),
            LiuChecks.FirstStepTowardsTeacher(evidence.Teacher),
            Check.AtMost("H a₀ in the ball", "‖a₀‖ ≤ r", evidence.StartReadoutNorm, evidence.BallRadius, VerdictTolerances.MeanRounding(arch.Patches, evidence.BallRadius * evidence.BallRadius), "16·k·u·max(1, r²)"),
        };
        return Verdicts.Judge.DecideIfHypothesesHold(Id, hypotheses, "reaches ε", "a hypothesis does not hold, so no run is made", () =>
        {
            var run = evidence.Run;
            var conclusion = Check.AtMost("reaches ε", "L(θ_T) ≤ ε·½E y²", run.Loss, run.LossThreshold,
                VerdictTolerances.MeanRounding(arch.ParameterCount, evidence.Loss.ZeroPredictorLoss), "16·(p + k)·u·max(1, ½E y²)");
            return Verdicts.Judge.Decide(Id, [evidence.RunConclusive], hypotheses, conclusion,
            [
                new("L(θ_T)", run.Loss),
                new("ε·½E y²", run.LossThreshold),
                new("∠(w_T, w*)", run.Angle),
                new("‖∇L(θ_T)‖₂", run.GradientNorm),
                new("steps", run.Iterations),
                new("steps to ε", run.IterationsToTolerance ?? double.NaN),
                new("step η", run.StepSize),
                .. TeacherNumbers(evidence),
            ]);
        }, TeacherNumbers(evidence));
    }

    private static NamedValue[] TeacherNumbers(ShortcutEscapeEvidence evidence) =>
    [
        new("1ᵀa*", evidence.Teacher.Readout.Sum()),
        new("g₀ = γ(kγ + 1ᵀb*/2)", LiuChecks.FirstStepCoefficient(evidence.Teacher).Mid),
        new("‖a₀‖", evidence.StartReadoutNorm),
    ];
}
