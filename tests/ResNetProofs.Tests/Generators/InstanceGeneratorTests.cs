using ResNetProofs.Generators;
using GeneratedInstances = ResNetProofs.Generators.Instances;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Generators;

public sealed class InstanceGeneratorTests
{
    [Fact]
    public void Kink_case_puts_a_relu_pre_activation_exactly_at_zero()
    {
        var options = new InstanceOptions { ForcedDegenerate = DegenerateCase.ReluKink };
        var relu = new[] { ActivationKind.Relu };
        var generators = new[]
        {
            GeneratedInstances.From(Architectures.DeepResNet(true, activations: relu), options),
            GeneratedInstances.From(Architectures.DeepResNet(false, activations: relu), options),
            GeneratedInstances.From(Architectures.SingleBlock(activations: relu), options),
            GeneratedInstances.From(Architectures.OneHiddenLayer(smooth: false), options),
        };
        int measured = 0;
        foreach (var generator in generators)
        {
            foreach (var c in Sampling.Sample(generator, 25))
            {
                var kink = c.Instance.CreateRisk().KinkDistance(c.Instance.Parameters);
                if (kink.HasRelu)
                {
                    Assert.True(kink.Distance == 0, $"kink distance {kink.Distance} in {c}");
                    measured++;
                }
            }
        }
        Assert.True(measured >= 75, $"only {measured} relu cases");
    }

    [Fact]
    public void Logistic_instances_have_labels_and_other_losses_never_do_by_construction()
    {
        foreach (var c in Sampling.Sample(GeneratedInstances.From(Architectures.Any()), 200))
        {
            Assert.Equal(c.Instance.Loss.Name == "logistic", c.Descriptor.Parts[1]["targets"] == nameof(TargetKind.Labels));
        }
    }

    [Fact]
    public void Parameter_kinds_have_their_defining_zeros()
    {
        var zeroReadout = new InstanceOptions { ParameterKinds = [ParameterPointKind.ZeroReadout] };
        foreach (var c in Sampling.Sample(GeneratedInstances.From(Architectures.Any(), zeroReadout), 50))
        {
            Assert.All(ParameterPoints.Readout(c.Instance.Model).Slice(c.Instance.Parameters).ToArray(), v => Assert.Equal(0.0, v));
        }
        var zeroBlocks = new InstanceOptions { ParameterKinds = [ParameterPointKind.ZeroBlocks] };
        foreach (var c in Sampling.Sample(GeneratedInstances.From(Architectures.Any(), zeroBlocks), 50))
        {
            var theta = c.Instance.Parameters;
            Assert.Contains(ParameterPoints.ResidualOutputBlocks(c.Instance.Model), b => b.Slice(theta).ToArray().All(v => v == 0));
        }
    }

    [Fact]
    public void Gaussian_parameters_are_bounded_by_four_over_root_fan_in()
    {
        foreach (var c in Sampling.Sample(GeneratedInstances.From(Architectures.Any(), new InstanceOptions { ParameterKinds = [ParameterPointKind.Gaussian] }), 100))
        {
            foreach (var block in c.Instance.Model.Graph.Layout.Blocks)
            {
                double bound = 4 / Math.Sqrt(block.Cols) + 5e-4;
                Assert.All(block.Slice(c.Instance.Parameters).ToArray(), v => Assert.True(Math.Abs(v) <= bound, $"{block.Name} = {v}"));
            }
        }
    }
}
