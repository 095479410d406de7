using ResNetProofs.Generators;
using ResNetProofs.Properties.Harness;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Planted;

namespace ResNetProofs.Properties;

/// <summary>
/// Planted false statement (sensitivity check): "weight-normalised descent on the plain CNN from random initialisation always
/// reaches the global optimum". A run certified trapped at Du et al.'s spurious point refutes it; FsCheck must find one within
/// the budget from a fixed seed, and the shrunk sample (fewer runs, smaller k and p) must still refute it.
/// </summary>
public sealed class PlainCnnAlwaysReachesGlobalOptimumProperties(ITestOutputHelper output)
{
    [Fact]
    public void FsCheck_refutes_plain_cnn_always_reaches_the_global_optimum()
    {
        var finding = EvidenceRefutation.Check(output, "planted.plain-cnn-always-reaches-global-optimum", Arbitraries.PlainCnnSamples(),
            s => new PlainCnnAlwaysReachesGlobalOptimum().Judge(new PlainCnnRunsEvidence(s.Teacher, s.Runs, s.Seed, s.Radius)),
            s => s.Size, ciMaxTest: 20, seed: PropertyProfile.DefaultSeed, propertyFile: "properties/ResNetProofs.Properties/PlainCnnAlwaysReachesGlobalOptimumProperties.cs");

        var t = finding.Shrunk.Value.Teacher;
        output.WriteLine($"shrunk teacher: p = {t.Architecture.PatchDimension}, k = {t.Architecture.Patches}, w* = [{string.Join(", ", t.Filter.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}], a* = [{string.Join(", ", t.Readout.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}], runs = {finding.Shrunk.Value.Runs}, seed = {finding.Shrunk.Value.Seed}");
    }
}
