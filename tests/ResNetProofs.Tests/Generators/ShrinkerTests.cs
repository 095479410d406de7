using ResNetProofs.Generators;
using GeneratedInstances = ResNetProofs.Generators.Instances;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Tests.Generators;

public sealed class ShrinkerTests
{
    [Fact]
    public void Every_shrink_candidate_is_strictly_smaller_and_a_valid_instance()
    {
        int candidates = 0;
        foreach (var c in Sampling.Sample(GeneratedInstances.From(Architectures.Any()), 30, seed: 5))
        {
            foreach (var s in InstanceShrinker.Shrink(c))
            {
                Assert.True(s.Size.IsStrictlySmallerThan(c.Size), $"{s.Size} is not smaller than {c.Size}");
                Assert.True(s.Architecture.IsAdmissible, s.Architecture.ToString());
                var reread = InstanceReader.Parse(InstanceWriter.Write(s.Instance), "shrunk"); // validates every part again
                Assert.Equal(s.Instance.Data.Dimension, reread.Model.InputDimension);
                candidates++;
            }
        }
        Assert.True(candidates > 100);
    }

    [Fact]
    public void Shrinking_keeps_the_parameter_coverage_aim()
    {
        foreach (var c in Sampling.Sample(GeneratedInstances.DeepResNet(parameterCoverage: true), 20))
        {
            Assert.All(InstanceShrinker.Shrink(c), s => Assert.True(s.Architecture.ProjectionSum < s.Architecture.InputDimension, s.ToString()));
        }
        foreach (var c in Sampling.Sample(GeneratedInstances.DeepResNet(parameterCoverage: false), 20))
        {
            Assert.All(InstanceShrinker.Shrink(c), s => Assert.True(s.Architecture.ProjectionSum >= s.Architecture.InputDimension, s.ToString()));
        }
    }

    [Fact]
    public void Shrinking_repeatedly_reaches_a_one_sample_one_input_integer_case()
    {
        var c = Sampling.Sample(GeneratedInstances.SingleBlock(), 1, seed: 9)[0];
        var smallest = c;
        for (var next = InstanceShrinker.Shrink(smallest).FirstOrDefault(); next is not null; next = InstanceShrinker.Shrink(smallest).FirstOrDefault())
        {
            smallest = next;
        }

        Assert.Equal(new CaseSize(1, 1, 1, 1, 0, 1, 0), smallest.Size);
        Assert.Contains("shrink=", smallest.Descriptor.ToString());
    }

    [Fact]
    public void Truncation_keeps_the_top_left_entries_of_each_block()
    {
        var big = new ArchitectureSpec(ArchitectureKind.OneHiddenLayer, 3, [2], [], 1, Numerics.Models.ActivationKind.Tanh, true, false).Build();
        var small = new ArchitectureSpec(ArchitectureKind.OneHiddenLayer, 2, [2], [], 1, Numerics.Models.ActivationKind.Tanh, true, false).Build();
        double[] theta = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; // U (2×3), b (2), a (1×2)

        Assert.Equal([1, 2, 4, 5, 7, 8, 9, 10], ParameterTransfer.Truncate(big.Graph.Layout, theta, small.Graph.Layout));
    }
}
