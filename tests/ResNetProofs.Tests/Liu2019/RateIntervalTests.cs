using ResNetProofs.Studies;

namespace ResNetProofs.Tests.Liu2019;

/// <summary>The study intervals: Wilson against its closed form, the teacher-clustered bootstrap's determinism and degenerate cases.</summary>
public sealed class RateIntervalTests
{
    private const double Z = 1.959963984540054;

    [Fact]
    public void Wilson_upper_end_with_no_success_is_z_squared_over_n_plus_z_squared()
    {
        var interval = WilsonInterval.Of(0, 10);

        Assert.Equal(0, interval.Low);
        Assert.Equal(Z * Z / (10 + (Z * Z)), interval.High, 1e-15);
    }

    [Fact]
    public void Wilson_half_width_at_one_half_is_z_over_twice_the_root_of_n_plus_z_squared()
    {
        // x = n/2: centre ½, half width z/(2√(n + z²)); n = 100 gives 0.0961685…
        var interval = WilsonInterval.Of(50, 100);

        double half = Z / (2 * Math.Sqrt(100 + (Z * Z)));
        Assert.Equal(0.5 - half, interval.Low, 1e-15);
        Assert.Equal(0.5 + half, interval.High, 1e-15);
        Assert.Equal(0.0961685, half, 1e-7);
    }

    [Fact]
    public void Wilson_without_trials_is_nan()
    {
        Assert.True(double.IsNaN(WilsonInterval.Of(0, 0).Low));
    }

    [Fact]
    public void Bootstrap_is_a_deterministic_function_of_its_seed()
    {
        var clusters = Enumerable.Range(0, 40).Select(i => (i % 3 == 0 ? 10 : i % 5, 10)).ToList();

        var first = TeacherClusteredBootstrap.Percentile(clusters, seed: 7);
        var again = TeacherClusteredBootstrap.Percentile(clusters, seed: 7);
        var other = TeacherClusteredBootstrap.Percentile(clusters, seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        double rate = clusters.Sum(c => c.Item1) / 400.0;
        Assert.InRange(rate, first.Low, first.High);
    }

    [Fact]
    public void Bootstrap_of_teachers_with_equal_rates_collapses_to_that_rate()
    {
        var clusters = Enumerable.Repeat((3, 10), 25).ToList();

        var interval = TeacherClusteredBootstrap.Percentile(clusters, seed: 1, resamples: 200);

        Assert.Equal(0.3, interval.Low, 1e-15);
        Assert.Equal(0.3, interval.High, 1e-15);
    }

    [Fact]
    public void Bootstrap_is_wider_than_wilson_when_teachers_decide_the_outcome()
    {
        // 20 teachers × 10 runs, every run of a teacher alike: 10 teachers all-success, 10 all-failure. Wilson sees 200 independent
        // runs (half width ≈ 0.069); resampling 20 teachers gives a rate with sd ½/√20 ≈ 0.11, half width ≈ 0.22.
        var clusters = Enumerable.Range(0, 20).Select(i => (i < 10 ? 10 : 0, 10)).ToList();

        var wilson = WilsonInterval.Of(100, 200);
        var clustered = TeacherClusteredBootstrap.Percentile(clusters, seed: 3);

        Assert.True(clustered.High - clustered.Low > 2 * (wilson.High - wilson.Low), $"clustered [{clustered.Low}, {clustered.High}], Wilson [{wilson.Low}, {wilson.High}]");
    }
}
