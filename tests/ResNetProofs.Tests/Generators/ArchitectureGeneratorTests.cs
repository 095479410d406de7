using ResNetProofs.Generators;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Generators;

public sealed class ArchitectureGeneratorTests
{
    [Fact]
    public void Parameter_coverage_architectures_have_projection_sum_below_d()
    {
        var specs = Sampling.Sample(Architectures.DeepResNet(parameterCoverage: true), 500).Select(a => a.Value).ToList();

        Assert.All(specs, s => Assert.True(s.ProjectionSum < s.InputDimension, s.ToString()));
        Assert.Contains(specs, s => s.Depth >= 2); // not only the trivial L = 1 case
    }

    [Fact]
    public void No_coverage_architectures_have_projection_sum_at_least_d()
    {
        var specs = Sampling.Sample(Architectures.DeepResNet(parameterCoverage: false), 500).Select(a => a.Value).ToList();

        Assert.All(specs, s => Assert.True(s.Depth >= 2 && s.ProjectionSum >= s.InputDimension, s.ToString()));
    }

    [Fact]
    public void Every_drawn_architecture_builds_a_model_of_its_kind_within_the_limits()
    {
        var limits = GeneratorLimits.Default;
        foreach (var a in Sampling.Sample(Architectures.Any(), 300))
        {
            var s = a.Value;
            var model = s.Build();
            Assert.Equal(s.InputDimension, model.InputDimension);
            Assert.InRange(s.InputDimension, 1, limits.MaxDimension);
            Assert.InRange(s.Depth, 1, limits.MaxBlocks);
            Assert.All(s.Widths, w => Assert.InRange(w, 1, limits.MaxWidth));
            Assert.InRange(s.InnerDepth, 1, limits.MaxInnerDepth);
            Assert.Equal(s.Kind switch { ArchitectureKind.DeepResNet => "deep-resnet", ArchitectureKind.SingleBlock => "single-block-resnet", _ => "one-hidden-layer" }, model.Kind);
        }
    }

    [Fact]
    public void Smooth_one_hidden_layer_networks_never_use_relu()
    {
        Assert.All(Sampling.Sample(Architectures.OneHiddenLayer(smooth: true), 200), a => Assert.NotEqual(ActivationKind.Relu, a.Value.Activation));
    }

    [Fact]
    public void Size_zero_draws_the_smallest_shapes()
    {
        Assert.All(Sampling.Sample(Architectures.SingleBlock(), 50, size: 0), a => Assert.Equal(1, a.Value.Widths[0]));
    }
}
