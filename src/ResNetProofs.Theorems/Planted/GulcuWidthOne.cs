using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Theorems.Conditions;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Planted;

/// <summary>
/// DELIBERATELY FALSE (planted; theorems.md): gradient descent on the Gulcu network with width m = 1 and n = 20 reaches zero
/// loss, read as min_{t ≤ T} L_t ≤ 1e−8 within the run's budget T. With m = 1 and σ = softplus &gt; 0 every x^(h) is a positive
/// scalar, so all f(x_i) = a·x^(H) share a's sign and inf_θ L ≥ min(½Σ_{y_i&gt;0} y_i², ½Σ_{y_i&lt;0} y_i²) (also with a trained):
/// no budget suffices once the targets have both signs. That bound, enclosed above 1e−8, is the certificate of a refutation; without
/// it (targets of one sign) the run's float losses decide only a confirmation (a tolerance-decided failure stays Inconclusive).
/// </summary>
public sealed class GulcuWidthOne : ITheorem<GulcuEvidence>
{
    /// <summary>"Zero loss": L ≤ 1e−8, the study's target.</summary>
    public const double ZeroLoss = 1e-8;

    /// <inheritdoc/>
    public string Id => "planted.gulcu-width-one";

    /// <inheritdoc/>
    public string Source => "planted false statement (theorems.md): gulcu with width 1 for n = 20";

    /// <inheritdoc/>
    public TheoremStatus Status => TheoremStatus.PlantedFalse;

    /// <inheritdoc/>
    public string StatusNote => "deliberately false: with m = 1 and softplus all outputs share a sign";

    /// <inheritdoc/>
    public string Statement => "m = 1, n = 20: GD (η = 1/λ_max(G₀)) reaches L ≤ 1e−8 within its budget of T steps";

    /// <summary>Judges the run of a generated width-1 instance.</summary>
    public Verdict Judge(GulcuEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var run = evidence.Run;
        var net = evidence.Problem.Network;
        int n = evidence.SampleCount;
        int best = Enumerable.Range(0, run.Losses.Count).MinBy(t => run.Losses[t]);
        double rounding = GulcuChecks.LossRounding(run.Losses[best], n, net.OutputRoundingBound(run.FinalParameters, evidence.Problem.Data));
        var targets = evidence.Problem.Data.Targets.ToArray();
        var signBound = SignBound(evidence.Problem.Data.Targets);
        Check[] hypotheses =
        [
            Check.Exact("width one", "m = 1", net.Width == 1, net.Width, 1),
            Check.Exact("twenty samples", "n = 20", n == 20, n, 20),
            GulcuChecks.Softplus(evidence),
        ];
        bool proved = net.Width == 1 && net.Activation == ActivationKind.Softplus && signBound.Lo > ZeroLoss;
        var conclusion = proved
            ? Check.Certified("zero loss within the budget", $"min_{{t ≤ T}} L_t ≤ 1e−8 (T = {run.StepCount})", CheckOutcome.Fails,
                $"every θ has L(θ) ≥ min(½Σ_{{y_i>0}} y_i², ½Σ_{{y_i<0}} y_i²) ≥ {Check.Number(signBound.Lo)} > 1e−8 (m = 1, σ = softplus > 0: every f(x_i) has the sign of a)")
            : Check.AtMost("zero loss within the budget", $"min_{{t ≤ T}} L_t ≤ 1e−8 (T = {run.StepCount})", run.Losses[best], ZeroLoss,
                rounding, "rounding of L from the per-output bound ε_f (at θ_T; same network scale)");
        VerdictCertificate? certificate = proved
            ? new VerdictCertificate
            {
                Method = "sign bound: m = 1 and σ = softplus > 0 make every x^(h) > 0, so every output f(x_i) = a·x^(H) has the sign of a",
                Detail = $"inf_θ L ≥ min(½Σ_{{y_i>0}} y_i², ½Σ_{{y_i<0}} y_i²) ≥ {Check.Number(signBound.Lo)} > 1e−8 = the statement's zero loss; no run of any length reaches it",
                Enclosures = [new EnclosedValue("min(½Σ_{y_i>0} y_i², ½Σ_{y_i<0} y_i²)", signBound.Lo, signBound.Hi, "outward-rounded sums of the targets' squares")],
            }
            : null;
        return Verdicts.Judge.Decide(Id, [GulcuChecks.RunUsable(run)], hypotheses, conclusion,
        [
            new("min_t L_t", run.Losses[best]),
            new("argmin t", best),
            new("T", run.StepCount),
            new("η", run.StepSize),
            new("inf_θ L ≥ (sign bound, m = 1, σ > 0)", net.Activation == ActivationKind.Softplus ? signBound.Lo : 0),
            new("H", net.Depth),
            new("d", net.Dimension),
            new("seed", evidence.Problem.Seed),
        ], certificate);
    }

    /// <summary>min(½Σ_{y_i&gt;0} y_i², ½Σ_{y_i&lt;0} y_i²), enclosed by outward-rounded sums: below inf_θ L when all outputs share a sign.</summary>
    public static Interval SignBound(ReadOnlySpan<double> targets)
    {
        Interval positive = Interval.Zero, negative = Interval.Zero;
        foreach (double y in targets)
        {
            var square = Interval.Sqr(Interval.Point(y));
            if (y > 0)
            {
                positive += square;
            }
            else if (y < 0)
            {
                negative += square;
            }
        }
        return new Interval(0.5 * Math.Min(positive.Lo, negative.Lo), 0.5 * Math.Min(positive.Hi, negative.Hi));
    }
}
