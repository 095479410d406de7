using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Instances;

/// <summary>Write then read gives back the same instance, bit for bit.</summary>
public sealed class InstanceRoundTripTests
{
    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Every_example_round_trips_bitwise(string name)
    {
        var original = InstanceReader.Read(ExampleFiles.Path(name));

        var copy = InstanceReader.Parse(InstanceWriter.Write(original), name);

        AssertBitwiseEqual(original, copy);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Writing_is_a_fixed_point_of_reading(string name)
    {
        string once = InstanceWriter.Write(InstanceReader.Read(ExampleFiles.Path(name)));

        string twice = InstanceWriter.Write(InstanceReader.Parse(once, name));

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Awkward_doubles_round_trip_bitwise()
    {
        // Signed zero, subnormals, the extremes, and values whose shortest text is long or uses an exponent.
        double[] values = [-0.0, double.Epsilon, -2.2250738585072014E-308 / 3, double.MaxValue, double.MinValue, 0.1 + 0.2, 1e-5, 1e16, 1.0 / 3, -Math.PI];
        var data = Dataset.Create(values.Select(v => (IReadOnlyList<double>)[v, -v]).ToArray(), values.Reverse().ToArray());
        var model = new OneHiddenLayerNetwork(2, 2, ActivationKind.Softplus, hiddenBias: true, outputBias: true);
        var theta = values.Take(model.Graph.Layout.Count).ToArray();
        var original = new Instance("awkward", "quote \" backslash \\ newline \n tab \t θ₂ ρ", "", data, model, SquaredLoss.Half, theta);

        var copy = InstanceReader.Parse(InstanceWriter.Write(original), "awkward.json");

        AssertBitwiseEqual(original, copy);
    }

    [Fact]
    public void File_round_trip_goes_through_the_disk_unchanged()
    {
        using var temp = new TemporaryDirectory();
        var original = InstanceReader.Read(ExampleFiles.Path("random-softplus-single-block.json"));
        string file = Path.Combine(temp.Path, "copy.json");

        InstanceWriter.WriteFile(original, file);

        AssertBitwiseEqual(original, InstanceReader.Read(file));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Flat_and_nested_forms_of_a_column_block_read_the_same()
    {
        var flat = InstanceReader.Parse(BadInstances.Instance(), "flat.json");
        var nested = InstanceReader.Parse(
            BadInstances.Instance(parameters: BadInstances.DefaultParameters.Replace("[-1.5]", "[[-1.5]]", StringComparison.Ordinal).Replace("[0] }", "[[0]] }", StringComparison.Ordinal)),
            "nested.json");

        Assert.Equal(Bits(flat.Parameters), Bits(nested.Parameters));
    }

    internal static void AssertBitwiseEqual(Instance expected, Instance actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Loss.Name, actual.Loss.Name);
        Assert.Equal(expected.Model.Kind, actual.Model.Kind);
        Assert.Equal(expected.Model.OutputBias, actual.Model.OutputBias);
        Assert.Equal(
            expected.Model.Graph.Layout.Blocks.Select(b => (b.Name, b.Offset, b.Rows, b.Cols)),
            actual.Model.Graph.Layout.Blocks.Select(b => (b.Name, b.Offset, b.Rows, b.Cols)));
        Assert.Equal(expected.Model.Graph.Nodes.Select(n => (n.Name, n.Kind, n.Dim, n.Activation)), actual.Model.Graph.Nodes.Select(n => (n.Name, n.Kind, n.Dim, n.Activation)));
        Assert.Equal(expected.Data.Dimension, actual.Data.Dimension);
        Assert.Equal(Bits(expected.Data.Inputs.ToArray()), Bits(actual.Data.Inputs.ToArray()));
        Assert.Equal(Bits(expected.Data.Targets.ToArray()), Bits(actual.Data.Targets.ToArray()));
        Assert.Equal(Bits(expected.Parameters), Bits(actual.Parameters));
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
