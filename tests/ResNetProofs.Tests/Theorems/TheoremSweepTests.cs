using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Tests.Support;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Shamir2018;
using ResNetProofs.Theorems.Papers.Yun2019;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Theorems;

/// <summary>
/// Independent checks of every Shamir and Yun theorem on seeded instances: the first-order certificate at random θ,
/// and the critical-point theorems at refined critical points. None may give Counterexample, and each must decide
/// (Confirm) some cases, so the sweep cannot pass vacuously. The distributions go to the test output.
/// </summary>
public sealed class TheoremSweepTests(ITestOutputHelper output)
{
    public static TheoryData<ActivationKind, string, bool> CertificateSettings()
    {
        var data = new TheoryData<ActivationKind, string, bool>();
        foreach (var activation in new[] { ActivationKind.Relu, ActivationKind.Tanh, ActivationKind.Softplus })
        {
            foreach (string loss in new[] { "squared-mean", "logistic", "log-cosh" })
            {
                data.Add(activation, loss, loss == "squared-mean");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CertificateSettings))]
    public void First_order_certificate_is_confirmed_at_every_random_point(ActivationKind activation, string lossName, bool outputBias)
    {
        var loss = LossCatalog.TryGet(lossName)!;
        var verdicts = Enumerable.Range(1, 40)
            .Select(seed => new FirstOrderCertificateTheorem().Judge(new PointEvidence(TheoremInstances.RandomSingleBlock(seed, 1, outputBias, activation, loss))))
            .ToList();
        output.WriteLine($"shamir2018.first-order-certificate, {activation}, {lossName}: {CriticalPointSweep.Describe(verdicts)}");

        Assert.All(verdicts, v => Assert.Equal(VerdictKind.Confirmed, v.Kind));
    }

    [Fact]
    public void Deep_critical_points_with_both_coverage_conditions_are_never_counterexamples()
    {
        // d = 3 and Σ_{l≥2} m_l = 2 < d, so parameter coverage holds by construction; tanh keeps R smooth.
        var verdicts = CriticalPointSweep.Run(new DeepCriticalPointsTheorem(), Enumerable.Range(1, 30), seed => TheoremInstances.RandomDeep(seed, projection: 2));
        output.WriteLine($"yun2019.deep-critical-points: {CriticalPointSweep.Describe(verdicts)}");

        Assert.DoesNotContain(verdicts, v => v.Kind == VerdictKind.Counterexample);
        Assert.Contains(verdicts, v => v.Kind == VerdictKind.Confirmed);
    }

    [Fact]
    public void Single_block_critical_points_with_w_nonzero_beat_linear()
    {
        var verdicts = CriticalPointSweep.Run(new SingleBlockTheorem(), Enumerable.Range(1, 30), seed => TheoremInstances.RandomSingleBlock(seed, 0.3, outputBias: seed % 2 == 0));
        output.WriteLine($"yun2019.single-block: {CriticalPointSweep.Describe(verdicts)}");

        Assert.DoesNotContain(verdicts, v => v.Kind == VerdictKind.Counterexample);
        Assert.Contains(verdicts, v => v.Kind == VerdictKind.Confirmed);
    }

    [Fact]
    public void Shamir_local_minima_are_never_counterexamples()
    {
        // d = 2, k = 2, n = 30: P = 12 < n, so minima are isolated modulo the symmetries rather than zero-risk manifolds.
        var verdicts = CriticalPointSweep.Run(new LocalMinimaTheorem(), Enumerable.Range(1, 30), seed => TheoremInstances.RandomSingleBlock(seed, 0.3, d: 2, k: 2, n: 30));
        output.WriteLine($"shamir2018.local-minima: {CriticalPointSweep.Describe(verdicts)}");

        Assert.DoesNotContain(verdicts, v => v.Kind == VerdictKind.Counterexample);
        Assert.Contains(verdicts, v => v.Kind == VerdictKind.Confirmed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Near_identity_bound_holds_at_refined_critical_points(int depth)
    {
        var verdicts = CriticalPointSweep.Run(new NearIdentityCriticalBoundTheorem(), Enumerable.Range(1, 20), seed => TheoremInstances.RandomDeep(seed, projection: 2, depth, innerBias: false));
        output.WriteLine($"yun2019.near-identity.critical-bound, L = {depth}: {CriticalPointSweep.Describe(verdicts)}; largest R − R_lin among Confirmed {verdicts.Where(v => v.Kind == VerdictKind.Confirmed).Select(v => v.Numbers.Single(n => n.Name == "R - R_lin").Value).DefaultIfEmpty(double.NaN).Max():G3}");

        Assert.DoesNotContain(verdicts, v => v.Kind == VerdictKind.Counterexample);
        Assert.Contains(verdicts, v => v.Kind == VerdictKind.Confirmed);
    }
}
