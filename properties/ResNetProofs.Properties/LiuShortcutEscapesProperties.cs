using System.Globalization;
using ResNetProofs.Generators;
using ResNetProofs.Properties.Harness;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Liu2019;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Properties;

/// <summary>
/// liu2019.shortcut-escapes: on the shortcut CNN (reconstructed form f = Σ_j a_j relu(Z_jᵀw) + (1/k)Σ_j Z_jᵀw, plain fixed-step
/// descent on the population loss), gradient descent from w₀ = 0 and ‖a₀‖ ≤ 1 reaches L ≤ ε·½E y². A run ending above ε is a
/// failure only at a strict local minimum (float margins), and never a Counterexample: the float run from the start to that
/// minimum is not enclosed, so the verdict is Inconclusive (NotCertified). Measured in CI (1ᵀa* &gt; 0): 100% Confirmed, 0.3 s;
/// asserted ≥ 50%. For 1ᵀa* &lt; 0 the property asserts that FsCheck finds such a NotCertified failure.
/// </summary>
/// <remarks>
/// FINDING about the reconstruction (measured on 300 draws of <see cref="CnnRuns.FromZeroFilter"/>, p, k ∈ [2, 5]): every teacher
/// with 1ᵀa* &gt; 0 was Confirmed (139 of 139); with 1ᵀa* &lt; 0, 49 of 161 runs ended at a strict local minimum above ε
/// (then judged Counterexample from float margins, now Inconclusive NotCertified; 43 of them outside Du et al.'s condition, ρ &gt; 1),
/// 4 Inconclusive (budget). The implemented statement has no
/// hypothesis on 1ᵀa*, so under our reconstruction it is refuted there. The first property therefore draws 1ᵀa* &gt; 0 only (a
/// restriction of the domain, stated, not a hypothesis of the theorem); the second asserts that FsCheck finds the refutation when
/// 1ᵀa* &lt; 0, so the finding stays visible and a change to the reconstruction (e.g. weight normalisation in the shortcut run)
/// that removes it fails here and must be recorded.
/// </remarks>
public sealed class LiuShortcutEscapesProperties(ITestOutputHelper output)
{
    [Fact]
    public void Shortcut_descent_from_zero_filter_reaches_epsilon_when_the_first_step_heads_toward_the_teacher() =>
        EvidencePropertyRun.Check(output, "liu2019.shortcut-escapes", Arbitraries.ZeroFilterStarts(),
            c => new ShortcutEscapesTheorem().Judge(new ShortcutEscapeEvidence(c.Teacher, c.Start, c.BallRadius)), ciMaxTest: 60, minConfirmedShare: 0.5);

    [Fact]
    public void FsCheck_finds_a_run_stuck_above_epsilon_at_a_strict_minimum_when_the_teacher_readout_sum_is_negative()
    {
        var finding = EvidenceRefutation.Check(output, "liu2019.shortcut-escapes", Arbitraries.ZeroFilterStarts(readoutSumSign: -1),
            c => new ShortcutEscapesTheorem().Judge(new ShortcutEscapeEvidence(c.Teacher, c.Start, c.BallRadius)),
            c => c.Size, ciMaxTest: 30, seed: PropertyProfile.DefaultSeed, propertyFile: "properties/ResNetProofs.Properties/LiuShortcutEscapesProperties.cs",
            expectedStatus: TheoremStatus.Reconstructed, isFinding: v => v.Reason == VerdictReason.NotCertified);

        var c = finding.Shrunk.Value;
        output.WriteLine($"shrunk: p = {c.Teacher.Architecture.PatchDimension}, k = {c.Teacher.Architecture.Patches}, w* = [{Text(c.Teacher.Filter)}], a* = [{Text(c.Teacher.Readout)}] (1ᵀa* = {c.Teacher.Readout.Sum().ToString("R", CultureInfo.InvariantCulture)}), θ₀ = [{Text(c.Start)}]");
    }

    private static string Text(IEnumerable<double> values) => string.Join(", ", values.Select(x => x.ToString("R", CultureInfo.InvariantCulture)));
}
