using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Instances;

/// <summary>"parameterSeed" draws θ deterministically, by the rule documented in docs/instance-schema.md.</summary>
public sealed class SeededParametersTests
{
    private static readonly string SeededModel = """{ "kind": "single-block-resnet", "width": 3, "activation": "tanh", "outputBias": true }""";

    [Fact]
    public void Same_seed_gives_the_same_bytes()
    {
        var layout = new SingleBlockResNet(4, 5, 2, ActivationKind.Tanh, true, true).Graph.Layout;

        var first = SeededParameters.Draw(layout, 123);
        var second = SeededParameters.Draw(layout, 123);

        Assert.Equal(first.Select(BitConverter.DoubleToInt64Bits), second.Select(BitConverter.DoubleToInt64Bits));
        Assert.NotEqual(first, SeededParameters.Draw(layout, 124));
    }

    [Fact]
    public void First_entry_follows_the_documented_box_muller_rule()
    {
        var layout = new OneHiddenLayerNetwork(4, 2, ActivationKind.Relu, true, false).Graph.Layout;
        var rng = new Random(5);
        double u1 = 1 - rng.NextDouble();
        double u2 = rng.NextDouble();
        double r = Math.Sqrt(-2 * Math.Log(u1));

        var theta = SeededParameters.Draw(layout, 5);

        // U is 2×4, so its entries are scaled by 1/√4.
        Assert.Equal(r * Math.Cos(2 * Math.PI * u2) / 2, theta[0]);
        Assert.Equal(r * Math.Sin(2 * Math.PI * u2) / 2, theta[1]);
    }

    [Fact]
    public void A_seeded_file_reads_as_the_drawn_parameters()
    {
        string text = BadInstances.Instance(model: SeededModel, parameters: "null")
            .Replace("\"parameters\": null", "\"parameterSeed\": 42", StringComparison.Ordinal);

        var instance = InstanceReader.Parse(text, "seeded.json");

        Assert.Equal(SeededParameters.Draw(instance.Model.Graph.Layout, 42), instance.Parameters);
    }
}
