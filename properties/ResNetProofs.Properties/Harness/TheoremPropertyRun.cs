using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Generators;
using ResNetProofs.Cases;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Properties.Harness;

/// <summary>
/// Runs one theorem's <see cref="CaseSource"/> through FsCheck under the CI profile (fixed replay seed, odd gamma;
/// <c>RESNETPROOFS_DEEP=1</c>: 10× the cases from a random seed, printed) and asserts that no case is a Counterexample.
/// Each case carries its descriptor and verdict text as labels, and is classified by verdict kind and by "refinement failed".
/// </summary>
/// <remarks>
/// Why <c>Check.One(config, property)</c> inside an xunit [Fact] rather than FsCheck.Xunit's [Property]: the property must
/// share a closure with the test that counts every verdict, so that after the run the test can assert a minimum Confirmed
/// share (a property that is mostly Vacuous or Inconclusive tests nothing) and write the distribution, the refinement
/// failures and the wall time to <see cref="ITestOutputHelper"/>; the replay seed and case count come from
/// <see cref="PropertyProfile"/> at run time (CI or deep), which an attribute's constants cannot express.
/// </remarks>
internal static class TheoremPropertyRun
{
    /// <summary>
    /// Checks <paramref name="theoremId"/> on <paramref name="ciMaxTest"/> cases of its source (in CI) and asserts that at least
    /// <paramref name="minConfirmedShare"/> of them are Confirmed (every gate passed, every hypothesis held with margin).
    /// </summary>
    public static VerdictTally Check(ITestOutputHelper output, string theoremId, int ciMaxTest, double minConfirmedShare, ulong seed = PropertyProfile.DefaultSeed)
    {
        var source = TheoremCases.For(theoremId) ?? throw new ArgumentException($"no case source for '{theoremId}'", nameof(theoremId));
        var theorem = TheoremCatalog.TryGet<PointEvidence>(theoremId) ?? throw new ArgumentException($"no theorem '{theoremId}' on instances in the catalogue", nameof(theoremId));
        var profile = PropertyProfile.Current(ciMaxTest, seed);
        var tally = new VerdictTally();
        bool shrinking = false;

        var property = Prop.ForAll(source.Arbitrary, value =>
        {
            var verdict = Judge(theorem, value, out string? inapplicable);
            if (!shrinking)
            {
                if (verdict is not null)
                {
                    tally.Add(value, verdict);
                }
                shrinking = inapplicable is not null || verdict?.Kind == VerdictKind.Counterexample;
            }
            if (verdict is null)
            {
                return false.Label($"the case source drew an instance the theorem does not apply to: {inapplicable}").Label(value.Descriptor.ToString());
            }
            return (verdict.Kind != VerdictKind.Counterexample)
                .Label($"case: {value.Descriptor} (n={value.Size.Samples}, d={value.Size.Dimension}, L={value.Size.Blocks})")
                .Label(verdict.ToText())
                .Collect(verdict.Kind)
                .Classify(!value.RefinementConverged, "refinement failed");
        });

        var runner = new RecordingRunner(output);
        var clock = Stopwatch.StartNew();
        runner.Check(profile.Config.WithName(theoremId), property);
        clock.Stop();

        output.WriteLine($"{theoremId}: {source.Aim}");
        output.WriteLine($"profile: {(profile.IsDeep ? "deep" : "CI")}, {profile.MaxTest} cases, replay {profile.ReplayText}");
        output.WriteLine(tally.Describe());
        foreach (string example in tally.Examples())
        {
            output.WriteLine(example);
        }
        output.WriteLine($"wall time {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        output.WriteLine($"PROPERTY-SUMMARY|{theoremId}|{tally.Cases}|{tally.Percent(tally[VerdictKind.Confirmed])}|{tally.Percent(tally[VerdictKind.Vacuous])}|{tally.Percent(tally[VerdictKind.Inconclusive])}|{tally[VerdictKind.Counterexample]}|{tally.RefinementFailures}|{clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)}");

        Assert.False(runner.Falsified, $"{theoremId} was falsified (a Counterexample, or a case it does not apply to):{Environment.NewLine}{runner.Report}");
        Assert.True(tally.ConfirmedShare >= minConfirmedShare,
            $"{theoremId}: only {tally.Percent(tally[VerdictKind.Confirmed])} of {tally.Cases} cases Confirmed, below the asserted {minConfirmedShare.ToString("P0", CultureInfo.InvariantCulture)}: the property tests too little. {tally.Describe()}");
        return tally;
    }

    /// <summary>The theorem's verdict on the case (fresh evidence, gated by the refinement record), or null with the reason when it does not apply.</summary>
    public static Verdict? Judge(ITheorem<PointEvidence> theorem, TheoremCase value, out string? inapplicable)
    {
        var evidence = value.Evidence();
        inapplicable = theorem.Inapplicable(evidence);
        return inapplicable is null ? theorem.Judge(evidence) : null;
    }
}
