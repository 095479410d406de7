using ResNetProofs.Generators;

namespace ResNetProofs.Tests.Generators;

/// <summary>The instance options narrow what is drawn: a floor on n, and the target kinds.</summary>
public sealed class InstanceOptionsTests
{
    [Fact]
    public void MinSamples_is_a_floor_on_n_for_non_degenerate_datasets()
    {
        var options = new InstanceOptions { Limits = new GeneratorLimits { MinSamples = 15, MaxSamples = 20, DegenerateOneIn = 0 } };

        var cases = Sampling.Sample(ResNetProofs.Generators.Instances.SingleBlock(options), 200, size: 10);

        Assert.All(cases, c => Assert.InRange(c.Instance.Data.Count, 15, 20));
    }

    [Fact]
    public void TargetKinds_narrow_the_targets_the_loss_accepts()
    {
        var options = new InstanceOptions { Losses = ["squared-mean"], TargetKinds = [TargetKind.Teacher] };

        var cases = Sampling.Sample(ResNetProofs.Generators.Instances.SingleBlock(options), 100);

        Assert.All(cases, c => Assert.Contains("targets=Teacher", c.Descriptor.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void TargetKinds_the_loss_cannot_take_fall_back_to_the_loss_own_kinds()
    {
        var options = new InstanceOptions { Losses = ["logistic"], TargetKinds = [TargetKind.Teacher] };

        var cases = Sampling.Sample(ResNetProofs.Generators.Instances.SingleBlock(options), 50);

        Assert.All(cases, c => Assert.All(c.Instance.Data.Targets.ToArray(), y => Assert.True(y is 1 or -1)));
    }
}
