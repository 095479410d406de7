using ResNetProofs.Numerics.Convolutional;
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
public sealed class ShortcutEscapesTheorem : ITheorem
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

    /// <inheritdoc/>
    public string? Inapplicable(PointEvidence at) => LiuChecks.NotOnInstances;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Always: the theorem is judged on a teacher (<see cref="Judge(ShortcutEscapeEvidence)"/>).</exception>
    public Verdict Judge(PointEvidence at) => throw new InvalidOperationException(LiuChecks.NotOnInstances);

    /// <summary>Judges one run on one teacher.</summary>
    public Verdict Judge(ShortcutEscapeEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var arch = evidence.Teacher.Architecture;
        int p = arch.PatchDimension, terms = arch.ParameterCount;
        var run = evidence.Run;
        double scale = evidence.Loss.ZeroPredictorLoss;
        double tau = VerdictTolerances.MeanRounding(terms, scale);
        double a0 = ArcCosineKernel.Norm(evidence.Start.Skip(p).ToArray());
        var hypotheses = new[]
        {
            Check.Exact("H shortcut", "the architecture has a shortcut", arch.Shortcut != ShortcutForm.None, arch.Beta + arch.Gamma, 0),
            Check.Exact("H w₀ = 0", "w₀ = 0", evidence.Start.Take(p).All(x => x == 0), ArcCosineKernel.Norm(evidence.Start.Take(p).ToArray()), 0),
            LiuChecks.FirstStepTowardsTeacher(evidence.Teacher),
            Check.AtMost("H a₀ in the ball", "‖a₀‖ ≤ r", a0, evidence.BallRadius, VerdictTolerances.MeanRounding(arch.Patches, evidence.BallRadius * evidence.BallRadius), "16·k·u·max(1, r²)"),
        };
        if (hypotheses.Any(h => h.Outcome != CheckOutcome.Holds))
        {
            var skipped = new Gate("run conclusive", true, "not evaluated: a hypothesis does not hold, so no run is made");
            var none = Check.AtMost("reaches ε", "L(θ_T) ≤ ε·½E y²", double.NaN, double.NaN, 0, "not evaluated");
            return Verdicts.Judge.Decide(Id, [skipped], hypotheses, none, [new("1ᵀa*", evidence.Teacher.Readout.Sum()), new("g₀ = γ(kγ + 1ᵀb*/2)", LiuChecks.FirstStepCoefficient(evidence.Teacher).Mid), new("‖a₀‖", a0)]);
        }
        var spectrum = evidence.EndSpectrum;
        bool reached = run.Loss <= run.LossThreshold;
        bool strictMinimum = spectrum is not null && run.StopReason == CnnRunStopReason.Stationary
            && spectrum.MinEigenvalue > VerdictTolerances.Eigenvalue(spectrum.Norm, spectrum.ErrorBounds[0]);
        var gate = new Gate("run conclusive", reached || strictMinimum,
            reached ? $"reached L = {Check.Number(run.Loss)} ≤ ε·½E y² after {run.IterationsToTolerance} steps"
                : $"stop {run.StopReason} after {run.Iterations} steps, ‖∇L‖ = {Check.Number(run.GradientNorm)}, λ_min(∇²L) = {(spectrum is null ? "n/a" : Check.Number(spectrum.MinEigenvalue))}: "
                  + (strictMinimum ? "a strict local minimum above ε (float margins)" : "not at a strict local minimum (budget, or degenerate curvature)"));
        var conclusion = Check.AtMost("reaches ε", "L(θ_T) ≤ ε·½E y²", run.Loss, run.LossThreshold, tau, "16·(p + k)·u·max(1, ½E y²)");
        return Verdicts.Judge.Decide(Id, [gate], hypotheses, conclusion,
        [
            new("L(θ_T)", run.Loss),
            new("ε·½E y²", run.LossThreshold),
            new("∠(w_T, w*)", run.Angle),
            new("‖∇L(θ_T)‖₂", run.GradientNorm),
            new("steps", run.Iterations),
            new("steps to ε", run.IterationsToTolerance ?? double.NaN),
            new("step η", run.StepSize),
            new("1ᵀa*", evidence.Teacher.Readout.Sum()),
            new("g₀ = γ(kγ + 1ᵀb*/2)", LiuChecks.FirstStepCoefficient(evidence.Teacher).Mid),
            new("‖a₀‖", a0),
        ]);
    }
}
