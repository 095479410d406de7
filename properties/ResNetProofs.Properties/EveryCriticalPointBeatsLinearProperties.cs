using ResNetProofs.Numerics.Instances;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Planted;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Properties;

/// <summary>
/// Planted false statement (sensitivity check): "every critical point of a deep ResNet has R ≤ R_lin". Strict saddles with
/// R &gt; R_lin refute it. Since issue 11 a refutation needs a certificate; the FsCheck generator's critical points (seed
/// 20261123, 40 cases: 12 unconverged, the rest non-isolated) no longer yield a certifiable one, so this property pins the
/// certified refutation at the constructed w = 0 strict saddle instead (a known gap: docs/sound-verdicts.md).
/// </summary>
public sealed class EveryCriticalPointBeatsLinearProperties
{
    [Fact]
    public void The_constructed_strict_saddle_refutes_every_critical_point_beats_linear_with_a_certificate()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ResNetProofs.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("ResNetProofs.sln not found above the test binary");
        }
        var instance = InstanceReader.Read(Path.Combine(root, "tests", "ResNetProofs.Tests", "Theorems", "Regressions", "planted.every-critical-point-beats-linear", "strict-saddle-worse-than-linear.json"));

        var verdict = new EveryCriticalPointBeatsLinear().Judge(new PointEvidence(instance));

        Assert.Equal((VerdictKind.Counterexample, true), (verdict.Kind, verdict.Certified));
    }
}
