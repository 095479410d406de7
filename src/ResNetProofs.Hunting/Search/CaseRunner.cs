using System.Diagnostics;
using FsCheck.Fluent;
using ResNetProofs.Cases;
using ResNetProofs.Hunting.Session;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Hunting.Search;

/// <summary>
/// Turns a <see cref="CasePlan"/> into a <see cref="CaseOutcome"/>: draws the case (FsCheck, state mixed from (seed, k)) or
/// mutates the parent and refines it again, judges it, scores it, and shrinks a Counterexample. Evidence cases (theorems judged
/// on their own evidence) are always drawn, never mutated: a climb plan for one is run as a draw (their pools stay empty). Pure in (seed, plan) apart
/// from timings; never throws for a failing case (the problem is recorded).
/// </summary>
public static class CaseRunner
{
    /// <summary>Runs <paramref name="plan"/> for the hunt with <paramref name="seed"/> under <paramref name="profile"/>; <paramref name="judged"/> sees a Counterexample before it is shrunk (to commit it at once).</summary>
    public static CaseOutcome Run(CasePlan plan, ulong seed, HuntProfile profile, bool shrink, Action<CaseOutcome>? judged = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(profile);
        if (TheoremCases.EvidenceFor(plan.TheoremId) is { } evidenceSource)
        {
            return RunEvidence(evidenceSource, plan, seed, profile, shrink, judged);
        }
        var clock = Stopwatch.StartNew();
        var source = TheoremCases.For(plan.TheoremId) ?? throw new ArgumentException($"theorem '{plan.TheoremId}' has no case source", nameof(plan));
        var theorem = TheoremCatalog.TryGet<PointEvidence>(plan.TheoremId) ?? throw new ArgumentException($"theorem '{plan.TheoremId}' is not in the catalogue as a theorem on instances", nameof(plan));
        TheoremCase? value = null;
        string? change = null;
        try
        {
            if (plan.Parent is { } parent)
            {
                var random = plan.Mutation;
                (var start, change) = CaseMutator.Mutate(parent.Start, ref random);
                value = parent.DescentSteps is { } steps ? source.Refined(start, steps) : source.Unrefined(start);
            }
            else
            {
                value = Gen.Sample(source.Cases, 1, CaseSeeds.FsCheckState(seed, plan.Index), plan.Size)[0];
            }
            var evidence = value.Evidence();
            if (theorem.Inapplicable(evidence) is { } reason)
            {
                return new CaseOutcome(plan, value, null, null, $"inapplicable: {reason}", change, clock.Elapsed.TotalSeconds, null, DateTimeOffset.UtcNow);
            }
            var verdict = theorem.Judge(evidence);
            double? score = HuntScore.Of(value, evidence, verdict);
            double seconds = clock.Elapsed.TotalSeconds;
            var judgedAt = DateTimeOffset.UtcNow;
            var outcome = new CaseOutcome(plan, value, verdict, score, null, change, seconds, null, judgedAt);
            if (verdict.Kind != Theorems.Verdicts.VerdictKind.Counterexample)
            {
                return outcome;
            }
            judged?.Invoke(outcome);
            return shrink ? outcome with { Shrink = CounterexampleShrinker.Shrink(source, theorem, value, verdict, profile.ShrinkCandidates, profile.ShrinkTimeBox) } : outcome;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException or IndexOutOfRangeException)
        {
            return new CaseOutcome(plan, value, null, null, $"error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}", change, clock.Elapsed.TotalSeconds, null, DateTimeOffset.UtcNow);
        }
    }

    private static CaseOutcome RunEvidence(EvidenceCaseSource source, CasePlan plan, ulong seed, HuntProfile profile, bool shrink, Action<CaseOutcome>? judged)
    {
        var clock = Stopwatch.StartNew();
        EvidenceCase? value = null;
        try
        {
            value = source.Draw(seed, plan.Index, plan.Size);
            var verdict = source.Judge(value);
            var outcome = new CaseOutcome(plan, null, verdict, HuntScore.Of(verdict), null, null, clock.Elapsed.TotalSeconds, null, DateTimeOffset.UtcNow) { EvidenceCase = value };
            if (verdict.Kind != Theorems.Verdicts.VerdictKind.Counterexample)
            {
                return outcome;
            }
            judged?.Invoke(outcome);
            return shrink ? outcome with { EvidenceShrink = CounterexampleShrinker.Shrink(source, value, verdict, profile.ShrinkCandidates, profile.ShrinkTimeBox) } : outcome;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ArithmeticException or IndexOutOfRangeException)
        {
            return new CaseOutcome(plan, null, null, null, $"error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}", null, clock.Elapsed.TotalSeconds, null, DateTimeOffset.UtcNow) { EvidenceCase = value };
        }
    }
}
