using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Generators;
using ResNetProofs.Cases;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Properties.Harness;

/// <summary>
/// The sensitivity check: runs a planted false statement's <see cref="CaseSource"/> through FsCheck with a fixed replay seed
/// and asserts that FsCheck DOES falsify "never a Counterexample" within the budget. It reports the cases until the first
/// counterexample, and checks that FsCheck's shrunk case is strictly smaller and still a Counterexample when judged again
/// from scratch, both with its refinement record and as the JSON a regression test reads back (θ taken as given), and that the
/// refutation is certified, and certified again when judged from its pinned JSON alone.
/// </summary>
/// <remarks>
/// Check.One inside an xunit [Fact] (not [Property]): the test must expect the failure, and must keep the first and the shrunk
/// counterexample from the property's closure to re-judge them. FsCheck shrinks by moving to the last candidate that still
/// fails, so the last Counterexample the closure sees is FsCheck's shrunk value.
/// </remarks>
internal static class PlantedRefutation
{
    /// <summary>What a refutation found.</summary>
    public sealed record Finding(int CasesUntilFirst, TheoremCase First, TheoremCase Shrunk, int Shrinks, Instance Pinned, string Json);

    /// <summary>
    /// Asserts that FsCheck refutes <paramref name="theoremId"/> within <paramref name="ciMaxTest"/> cases (CI replay with
    /// <paramref name="seed"/>), that the shrunk case is strictly smaller than the first and still a Counterexample, and prints
    /// the shrunk instance (descriptor, size, InstanceWriter JSON; also written to the temp directory for pinning).
    /// </summary>
    public static Finding Check(ITestOutputHelper output, string theoremId, int ciMaxTest, ulong seed, string propertyFile)
    {
        var source = TheoremCases.For(theoremId) ?? throw new ArgumentException($"no case source for '{theoremId}'", nameof(theoremId));
        var theorem = TheoremCatalog.TryGet<PointEvidence>(theoremId) ?? throw new ArgumentException($"no theorem '{theoremId}' on instances in the catalogue", nameof(theoremId));
        Assert.Equal(TheoremStatus.PlantedFalse, theorem.Status);
        var profile = PropertyProfile.Current(ciMaxTest, seed);
        var tally = new VerdictTally();
        int evaluated = 0;
        int casesUntilFirst = 0;
        TheoremCase? first = null, shrunk = null;
        Verdict? shrunkVerdict = null;

        var property = Prop.ForAll(source.Arbitrary, value =>
        {
            var verdict = TheoremPropertyRun.Judge(theorem, value, out string? inapplicable);
            evaluated++;
            if (verdict is null)
            {
                // A source bug, not a refutation: fail loudly (the assertions below see no Counterexample).
                return false.Label($"the case source drew an instance the statement does not apply to: {inapplicable}");
            }
            if (first is null)
            {
                tally.Add(value, verdict);
            }
            bool refuted = verdict.Kind == VerdictKind.Counterexample;
            if (refuted)
            {
                if (first is null)
                {
                    first = value;
                    casesUntilFirst = evaluated;
                }
                shrunk = value;
                shrunkVerdict = verdict;
            }
            return (!refuted)
                .Label($"case: {value.Descriptor} (n={value.Size.Samples}, d={value.Size.Dimension}, L={value.Size.Blocks})")
                .Label(verdict.Explanation)
                .Collect(verdict.Kind);
        });

        var runner = new RecordingRunner(output);
        var clock = Stopwatch.StartNew();
        runner.Check(profile.Config.WithName(theoremId), property);
        clock.Stop();

        output.WriteLine($"{theoremId}: {source.Aim}");
        output.WriteLine($"profile: {(profile.IsDeep ? "deep" : "CI")}, budget {profile.MaxTest} cases, replay {profile.ReplayText}");
        output.WriteLine($"before the first counterexample: {tally.Describe()}");
        output.WriteLine($"wall time {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        Assert.True(runner.Falsified && first is not null && shrunk is not null && shrunkVerdict is not null,
            $"SENSITIVITY FAILURE: FsCheck did not refute the planted false statement {theoremId} within {profile.MaxTest} cases (replay {profile.ReplayText}). {tally.Describe()}");

        // Re-judge the shrunk case from scratch (fresh evidence, same refinement record): still a Counterexample.
        var again = theorem.Judge(shrunk!.Evidence());
        Assert.Equal(VerdictKind.Counterexample, again.Kind);
        Assert.True(runner.Shrinks > 0, $"FsCheck accepted no shrink step from {first!.Size}");
        Assert.True(shrunk.Size.IsStrictlySmallerThan(first.Size), $"shrinking did not give a smaller case: first {first.Size}, shrunk {shrunk.Size}");

        // The instance as pinned: θ as given (no refinement record), as the regression test reads it back.
        var judged = shrunk.Judged;
        string description =
            $"Shrunk counterexample found by the property suite ({propertyFile}, Check.One with replay {profile.ReplayText}, {profile.MaxTest} cases): " +
            $"first counterexample at case {casesUntilFirst} ({first.Size}), shrunk by FsCheck in {runner.Shrinks} steps to {shrunk.Size}. " +
            $"Produced by: {shrunk.Descriptor}. Falsification: {shrunkVerdict!.Explanation}";
        var pinned = new Instance($"property-{theoremId}-{profile.Seed.ToString(CultureInfo.InvariantCulture)}", description, propertyFile, judged.Data, judged.Model, judged.Loss, judged.Parameters.ToArray());
        string json = InstanceWriter.Write(pinned);
        var readBack = theorem.Judge(new PointEvidence(InstanceReader.Parse(json, "pinned")));
        Assert.True(readBack.Kind == VerdictKind.Counterexample, $"the pinned JSON (θ as given) is judged {readBack.Kind}: {readBack.Explanation}");

        // The refutation is a proof: certified on the shrunk case, and certified again from the pinned JSON alone (θ as
        // written, no refinement), which is what `verify` re-does from a record (tests/…/Cli/VerifyCommandTests).
        Assert.True(again.Certified && readBack.Certified, $"the refutation is not certified: {again.Explanation} / {readBack.Explanation}");

        string directory = Path.Combine(Path.GetTempPath(), "resnetproofs-planted");
        Directory.CreateDirectory(directory);
        string file = Path.Combine(directory, $"{theoremId}.json");
        File.WriteAllText(file, json);

        output.WriteLine($"cases until the first counterexample: {casesUntilFirst} (of budget {profile.MaxTest})");
        output.WriteLine($"first:  {first.Size} ← {first.Descriptor}");
        output.WriteLine($"shrunk ({runner.Shrinks} shrink steps): {shrunk.Size} ← {shrunk.Descriptor}");
        output.WriteLine($"re-judged shrunk case: {again.Kind}: {again.Explanation}");
        output.WriteLine($"shrunk instance JSON (also at {file}):");
        output.WriteLine(json);
        output.WriteLine($"PLANTED-SUMMARY|{theoremId}|{casesUntilFirst}|{profile.MaxTest}|{first.Size}|{shrunk.Size}|{runner.Shrinks}|{clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)}");
        return new Finding(casesUntilFirst, first, shrunk, runner.Shrinks, pinned, json);
    }
}
