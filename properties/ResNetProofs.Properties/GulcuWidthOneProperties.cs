using ResNetProofs.Generators;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Properties.Harness;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Planted;

namespace ResNetProofs.Properties;

/// <summary>
/// Planted false statement (sensitivity check): "gradient descent on the Gulcu network with m = 1 and n = 20 reaches L ≤ 1e−8".
/// With m = 1 and softplus every output has a's sign, so targets of both signs keep L above a positive bound; FsCheck must find
/// such a problem within the budget from a fixed seed, and the shrunk problem (smaller H and d) must still refute it.
/// </summary>
public sealed class GulcuWidthOneProperties(ITestOutputHelper output)
{
    /// <summary>The step budget T of each run (min_t L_t stays above the sign bound for any T); the spectrum is tracked (the run-usable gate needs tracked steps).</summary>
    private const int Steps = 200;

    [Fact]
    public void FsCheck_refutes_gulcu_width_one()
    {
        var finding = EvidenceRefutation.Check(output, "planted.gulcu-width-one", Arbitraries.WidthOneProblems(),
            c => new GulcuWidthOne().Judge(new GulcuEvidence(c.Generate(), new GradientDescentOptions { MaxSteps = Steps, TrackSpectrum = true })),
            c => c.Size, ciMaxTest: 20, seed: PropertyProfile.DefaultSeed, propertyFile: "properties/ResNetProofs.Properties/GulcuWidthOneProperties.cs");

        var c = finding.Shrunk.Value;
        output.WriteLine($"shrunk problem: WideResidualProblem.Generate(n = {c.Samples}, d = {c.Dimension}, m = {c.Width}, H = {c.Depth}, seed = {c.Seed}); {Steps} steps");
    }
}
