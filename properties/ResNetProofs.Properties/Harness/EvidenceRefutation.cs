using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Generators;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Properties.Harness;

/// <summary>
/// <see cref="PlantedRefutation"/> for planted statements judged on their own evidence types: FsCheck must falsify "never a
/// Counterexample" within the budget from a fixed seed; the shrunk value is judged again from fresh evidence (still a
/// Counterexample, and certified with a certificate when the statement is planted), must be no larger than the first in any
/// measure (strictly smaller unless FsCheck accepted no shrink), and is printed with its descriptor and verdict.
/// </summary>
internal static class EvidenceRefutation
{
    /// <summary>What a refutation found: cases until the first counterexample, the first and the shrunk value, the shrink steps, and the re-judged verdict.</summary>
    public sealed record Finding<T>(int CasesUntilFirst, Described<T> First, Described<T> Shrunk, int Shrinks, Verdict Rejudged);

    /// <summary>
    /// Asserts that FsCheck refutes <paramref name="theoremId"/> within <paramref name="ciMaxTest"/> cases (replay <paramref name="seed"/>);
    /// <paramref name="size"/> gives the measures (e.g. (p, k, runs)) a shrink step lowers. <paramref name="expectedStatus"/> is the
    /// statement's catalogue status: planted false, or a reconstructed theorem whose reconstruction fails on a stated sub-domain.
    /// <paramref name="isFinding"/> says what FsCheck must find (default: a Counterexample; a reconstruction's float-only failure is
    /// an Inconclusive verdict with reason NotCertified).
    /// </summary>
    public static Finding<T> Check<T>(ITestOutputHelper output, string theoremId, Arbitrary<Described<T>> arbitrary, Func<T, Verdict> judge,
        Func<T, int[]> size, int ciMaxTest, ulong seed, string propertyFile, TheoremStatus expectedStatus = TheoremStatus.PlantedFalse,
        Func<Verdict, bool>? isFinding = null)
    {
        isFinding ??= v => v.Kind == VerdictKind.Counterexample;
        var theorem = TheoremCatalog.TryGet(theoremId) ?? throw new ArgumentException($"no theorem '{theoremId}' in the catalogue", nameof(theoremId));
        Assert.Equal(expectedStatus, theorem.Status);
        var profile = PropertyProfile.Current(ciMaxTest, seed);
        var tally = new VerdictTally();
        int evaluated = 0, casesUntilFirst = 0;
        Described<T>? first = null, shrunk = null;

        var property = Prop.ForAll(arbitrary, value =>
        {
            var verdict = judge(value.Value);
            evaluated++;
            if (first is null)
            {
                tally.Add(value.Descriptor, verdict);
            }
            bool refuted = isFinding(verdict);
            if (refuted)
            {
                if (first is null)
                {
                    first = value;
                    casesUntilFirst = evaluated;
                }
                shrunk = value;
            }
            return (!refuted).Label($"case: {value.Descriptor}").Label(verdict.Explanation).Collect(verdict.Kind);
        });

        var runner = new RecordingRunner(output);
        var clock = Stopwatch.StartNew();
        runner.Check(profile.Config.WithName(theoremId), property);
        clock.Stop();

        string seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        output.WriteLine($"{theoremId}: {theorem.Statement}");
        output.WriteLine($"profile: {(profile.IsDeep ? "deep" : "CI")}, budget {profile.MaxTest} cases, replay {profile.ReplayText}");
        output.WriteLine($"before the first counterexample: {tally.Describe()}");
        output.WriteLine($"wall time {seconds} s");
        Assert.True(runner.Falsified && first is not null && shrunk is not null,
            $"SENSITIVITY FAILURE: FsCheck did not refute the statement {theoremId} within {profile.MaxTest} cases (replay {profile.ReplayText}). {tally.Describe()}");

        var again = judge(shrunk!.Value);
        Assert.True(isFinding(again), $"the shrunk case is no longer a finding: {again.Explanation}");
        if (expectedStatus == TheoremStatus.PlantedFalse)
        {
            // A planted refutation is a proof: certified, and re-proved from fresh evidence (the generator's seed is its record).
            Assert.True(again.Certified && again.Certificate is not null, $"the planted refutation is not certified: {again.Explanation}");
        }
        int[] a = size(first!.Value), b = size(shrunk.Value);
        Assert.True(a.Zip(b).All(p => p.Second <= p.First), $"the shrunk case is larger than the first: ({string.Join(", ", a)}) → ({string.Join(", ", b)})");
        Assert.True(runner.Shrinks == 0 || a.Zip(b).Any(p => p.Second < p.First), $"{runner.Shrinks} shrink steps left the size at ({string.Join(", ", a)})");

        output.WriteLine($"cases until the first counterexample: {casesUntilFirst} (of budget {profile.MaxTest})");
        output.WriteLine($"first:  ({string.Join(", ", a)}) ← {first.Descriptor}");
        output.WriteLine($"shrunk ({runner.Shrinks} shrink steps): ({string.Join(", ", b)}) ← {shrunk.Descriptor}");
        output.WriteLine($"re-judged shrunk case ({propertyFile}): {again.ToText()}");
        output.WriteLine($"PLANTED-SUMMARY|{theoremId}|{casesUntilFirst}|{profile.MaxTest}|{string.Join(",", a)}|{string.Join(",", b)}|{runner.Shrinks}|{seconds}");
        return new Finding<T>(casesUntilFirst, first, shrunk, runner.Shrinks, again);
    }
}
