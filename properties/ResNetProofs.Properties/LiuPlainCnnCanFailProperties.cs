using ResNetProofs.Generators;
using ResNetProofs.Properties.Harness;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Liu2019;

namespace ResNetProofs.Properties;

/// <summary>
/// liu2019.plain-cnn-can-fail: weight-normalised descent on the plain CNN from random starts ends certified trapped at the
/// spurious point in a positive fraction of runs. Samples of 3..10 seeded starts on teachers drawn inside the condition 6 : 1.
/// A sample without a trapped run is Inconclusive (a positive probability is never refuted by finitely many runs).
/// Measured in CI: 75% Confirmed, 12.5% Vacuous (outside the condition), 12.5% Inconclusive (no run trapped), 1.2 s. Asserted ≥ 50%.
/// </summary>
public sealed class LiuPlainCnnCanFailProperties(ITestOutputHelper output)
{
    [Fact]
    public void Plain_cnn_samples_are_never_a_counterexample_to_can_fail() =>
        EvidencePropertyRun.Check(output, "liu2019.plain-cnn-can-fail", Arbitraries.PlainCnnSamples(),
            s => new PlainCnnCanFailTheorem().Judge(new PlainCnnRunsEvidence(s.Teacher, s.Runs, s.Seed, s.Radius)), ciMaxTest: 40, minConfirmedShare: 0.5);
}
