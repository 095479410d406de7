using ResNetProofs.Hunting.Search;
using ResNetProofs.Hunting.Session;

namespace ResNetProofs.Tests.Hunting;

/// <summary>Targeted search against random search, side by side on a small budget (docs/hunting.md has the full measurement).</summary>
public sealed class TargetingComparisonTests
{
    private const long Budget = 120;

    [Fact]
    public void Targeting_refutes_the_planted_certificate_sooner_and_more_often_than_random_search()
    {
        var trials = TargetingComparison.Run("planted.first-order-certificate-without-block-term", [1, 2, 3, 4, 5], Budget, HuntProfile.Quick, workers: 2);

        double targeted = TargetingComparison.MedianCases(trials, targeted: true, Budget), random = TargetingComparison.MedianCases(trials, targeted: false, Budget);
        Assert.True(targeted <= random, $"median cases to the first counterexample: targeted {targeted}, random {random}");
        double foundTargeted = TargetingComparison.MedianCounterexamples(trials, targeted: true), foundRandom = TargetingComparison.MedianCounterexamples(trials, targeted: false);
        Assert.True(foundTargeted > 2 * foundRandom, $"median counterexamples in {Budget} cases: targeted {foundTargeted}, random {foundRandom}");
    }

    [Fact]
    public void Both_searches_refute_the_half_constant_Rademacher_bound_at_the_first_case()
    {
        var trials = TargetingComparison.Run("planted.rademacher-half-constant", [1], 24, HuntProfile.Quick, workers: 1);

        Assert.Equal(2, trials.Count);
        Assert.All(trials, t => Assert.Equal(1, t.CasesToFirst));
    }
}
