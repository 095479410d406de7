using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Generators;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Properties.Harness;

/// <summary>
/// <see cref="TheoremPropertyRun"/> for theorems judged on their own evidence types rather than instance files (Liu et al. 2019,
/// Gulcu): the arbitrary draws Numerics-level values with descriptors (<see cref="Described{T}"/>), the property builds the
/// evidence and calls the theorem's typed <c>Judge</c>. Same profile, labels, Collect table, tally, summary line and assertions:
/// never a Counterexample, and at least a stated Confirmed share.
/// </summary>
internal static class EvidencePropertyRun
{
    /// <summary>
    /// Checks <paramref name="theoremId"/> on <paramref name="ciMaxTest"/> drawn values (in CI), judged by <paramref name="judge"/>,
    /// and asserts no Counterexample and a Confirmed share of at least <paramref name="minConfirmedShare"/>.
    /// </summary>
    public static VerdictTally Check<T>(ITestOutputHelper output, string theoremId, Arbitrary<Described<T>> arbitrary, Func<T, Verdict> judge,
        int ciMaxTest, double minConfirmedShare, ulong seed = PropertyProfile.DefaultSeed)
    {
        var theorem = TheoremCatalog.TryGet(theoremId) ?? throw new ArgumentException($"no theorem '{theoremId}' in the catalogue", nameof(theoremId));
        Assert.NotEqual(TheoremStatus.PlantedFalse, theorem.Status);
        var profile = PropertyProfile.Current(ciMaxTest, seed);
        var tally = new VerdictTally();
        bool shrinking = false;

        var property = Prop.ForAll(arbitrary, value =>
        {
            var verdict = judge(value.Value);
            Assert.Equal(theoremId, verdict.TheoremId);
            if (!shrinking)
            {
                tally.Add(value.Descriptor, verdict);
                shrinking = verdict.Kind == VerdictKind.Counterexample;
            }
            return (verdict.Kind != VerdictKind.Counterexample)
                .Label($"case: {value.Descriptor}")
                .Label(verdict.ToText())
                .Collect(verdict.Kind);
        });

        var runner = new RecordingRunner(output);
        var clock = Stopwatch.StartNew();
        runner.Check(profile.Config.WithName(theoremId), property);
        clock.Stop();

        string seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        output.WriteLine($"{theoremId}: {theorem.Statement}");
        output.WriteLine($"profile: {(profile.IsDeep ? "deep" : "CI")}, {profile.MaxTest} cases, replay {profile.ReplayText}");
        output.WriteLine(tally.Describe());
        foreach (string example in tally.Examples())
        {
            output.WriteLine(example);
        }
        output.WriteLine($"wall time {seconds} s");
        output.WriteLine($"PROPERTY-SUMMARY|{theoremId}|{tally.Cases}|{tally.Percent(tally[VerdictKind.Confirmed])}|{tally.Percent(tally[VerdictKind.Vacuous])}|{tally.Percent(tally[VerdictKind.Inconclusive])}|{tally[VerdictKind.Counterexample]}|–|{seconds}");

        Assert.False(runner.Falsified, $"{theoremId} was falsified (a Counterexample):{Environment.NewLine}{runner.Report}");
        Assert.True(tally.ConfirmedShare >= minConfirmedShare,
            $"{theoremId}: only {tally.Percent(tally[VerdictKind.Confirmed])} of {tally.Cases} cases Confirmed, below the asserted {minConfirmedShare.ToString("P0", CultureInfo.InvariantCulture)}: the property tests too little. {tally.Describe()}");
        return tally;
    }
}
