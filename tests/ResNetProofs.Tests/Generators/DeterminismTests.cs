using ResNetProofs.Generators;
using GeneratedInstances = ResNetProofs.Generators.Instances;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Tests.Generators;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_seed_gives_the_same_instance_bytes()
    {
        var generator = GeneratedInstances.From(Architectures.Any());

        var first = Sampling.Sample(generator, 40, seed: 7).Select(c => InstanceWriter.Write(c.Instance)).ToArray();
        var second = Sampling.Sample(generator, 40, seed: 7).Select(c => InstanceWriter.Write(c.Instance)).ToArray();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_instances()
    {
        var generator = GeneratedInstances.From(Architectures.Any());

        var first = Sampling.Sample(generator, 10, seed: 7).Select(c => InstanceWriter.Write(c.Instance));
        var second = Sampling.Sample(generator, 10, seed: 8).Select(c => InstanceWriter.Write(c.Instance));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generated_instances_round_trip_through_the_reader()
    {
        foreach (var c in Sampling.Sample(GeneratedInstances.From(Architectures.Any()), 20, seed: 3))
        {
            string text = InstanceWriter.Write(c.Instance);
            Assert.Equal(text, InstanceWriter.Write(InstanceReader.Parse(text, "generated")));
        }
    }

    [Fact]
    public void Descriptor_names_the_generators_and_the_size()
    {
        var c = Sampling.Sample(GeneratedInstances.DeepResNet(parameterCoverage: true), 1, size: 37)[0];
        string text = c.Descriptor.ToString();

        Assert.Contains("Instances(loss=", text);
        Assert.Contains("Architectures.DeepResNet(parameterCoverage=true", text);
        Assert.Contains("Datasets(n=", text);
        Assert.Contains("ParameterPoints(kind=", text);
        Assert.Contains("size=37", text);
        Assert.Equal(text, c.Instance.Description);
    }
}
