using ResNetProofs.Properties.Harness;

namespace ResNetProofs.Properties;

/// <summary>
/// shamir2018.sgd-tweak: online gradient steps on (w, v) from 0 have average loss ≤ min over the D-ball of the linear loss + DG/√T.
/// </summary>
public sealed class SgdTweakProperties(ITestOutputHelper output)
{
    [Fact]
    public void Online_regret_bound_is_never_violated_on_generated_logistic_sequences() =>
        TheoremPropertyRun.Check(output, "shamir2018.sgd-tweak", ciMaxTest: 100, minConfirmedShare: 0.5);
}
