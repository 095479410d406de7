using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using static ResNetProofs.Tests.Instances.BadInstances;

namespace ResNetProofs.Tests.Instances;

/// <summary>Each malformed input gives an <see cref="InstanceFormatException"/> naming the file, the JSON path and the problem.</summary>
public sealed class InstanceReaderErrorTests
{
    private const string Source = "bad.json";

    [Fact]
    public void Malformed_json_reports_line_and_byte()
    {
        AssertFails(MalformedJson, "$", "invalid JSON at line 3, byte 17: ',' is an invalid start of a property name. Expected a '\"'.");
    }

    [Fact]
    public void NaN_string_in_the_inputs_is_rejected_with_its_path()
    {
        AssertFails(Instance(x: "[[0], [\"NaN\"], [2]]"), "$.data.x[1][0]", "NaN is not allowed");
    }

    [Fact]
    public void Infinity_string_in_the_targets_is_rejected_with_its_path()
    {
        AssertFails(Instance(y: "[0, \"-Infinity\", 3]"), "$.data.y[1]", "-Infinity is not allowed: numbers must be finite");
    }

    [Fact]
    public void Overflowing_literal_is_rejected_with_its_path()
    {
        AssertFails(Instance(y: "[0, 1, 1e999]"), "$.data.y[2]", "1e999 is not a finite binary64 number (|x| must be below 1.8e308)");
    }

    [Fact]
    public void Ragged_row_is_rejected()
    {
        AssertFails(Instance(x: "[[0], [1, 2], [2]]"), "$.data.x[1]", "ragged rows: x[1] has 2 entries but x[0] has 1");
    }

    [Fact]
    public void Length_mismatch_between_x_and_y_is_rejected()
    {
        AssertFails(Instance(y: "[0, 1]"), "$.data.y", "length mismatch: y has 2 entries but x has 3 rows");
    }

    [Fact]
    public void Empty_dataset_is_rejected()
    {
        AssertFails(Instance(x: "[]", y: "[]"), "$.data.x", "the dataset is empty: x has no rows (need n ≥ 1)");
    }

    [Fact]
    public void Unknown_activation_lists_the_known_ones()
    {
        AssertFails(
            Instance(model: DefaultModel.Replace("\"relu\"", "\"rleu\"", StringComparison.Ordinal)),
            "$.model.blocks[0].activation",
            "unknown activation 'rleu'; known activations: relu, softplus, tanh, identity");
    }

    [Fact]
    public void Unknown_loss_lists_the_known_ones()
    {
        AssertFails(Instance(loss: "\"squared\""), "$.loss", "unknown loss 'squared'; known losses: squared-mean, squared-half, logistic, log-cosh");
    }

    [Fact]
    public void Unknown_model_kind_lists_the_known_ones()
    {
        AssertFails(
            Instance(model: """{ "kind": "transformer", "width": 1 }"""),
            "$.model.kind",
            "unknown model kind 'transformer'; known kinds: deep-resnet, single-block-resnet, one-hidden-layer");
    }

    [Fact]
    public void Wrong_parameter_shape_names_the_block_and_its_shape()
    {
        AssertFails(
            Instance(parameters: DefaultParameters.Replace("\"V1\": [[0.5]]", "\"V1\": [[0.5, 1]]", StringComparison.Ordinal)),
            "$.parameters.V1[0]",
            "wrong shape: block 'V1' is 1×1, so each row needs 1 entry, found 2");
    }

    [Fact]
    public void Wrong_number_of_rows_in_a_dotted_block_uses_bracket_notation()
    {
        AssertFails(
            Instance(parameters: DefaultParameters.Replace("\"phi1.W1\": [[1]]", "\"phi1.W1\": [[1], [2]]", StringComparison.Ordinal)),
            "$.parameters['phi1.W1']",
            "wrong shape: block 'phi1.W1' is 1×1, so it needs 1 row, found 2");
    }

    [Fact]
    public void Missing_parameter_block_lists_the_model_blocks()
    {
        AssertFails(
            Instance(parameters: """{ "phi1.W1": [[1]], "phi1.b1": [-1.5], "w": [[1]], "c": [0] }"""),
            "$.parameters",
            "missing parameter block 'V1' (1×1); this model's blocks are: phi1.W1 (1×1), phi1.b1 (1×1), V1 (1×1), w (1×1), c (1×1)");
    }

    [Fact]
    public void Unknown_parameter_block_lists_the_model_blocks()
    {
        AssertFails(
            Instance(parameters: DefaultParameters.Replace("\"c\": [0]", "\"c\": [0], \"U2\": [[1]]", StringComparison.Ordinal)),
            "$.parameters.U2",
            "unknown parameter block 'U2'; this model's blocks are: phi1.W1 (1×1), phi1.b1 (1×1), V1 (1×1), w (1×1), c (1×1)");
    }

    [Fact]
    public void Logistic_labels_other_than_plus_minus_one_are_rejected_at_the_label()
    {
        AssertFails(Instance(loss: "\"logistic\"", y: "[1, 0.5, -1]"), "$.data.y[1]", "y[1] is 0.5: the logistic loss needs labels ±1");
    }

    [Fact]
    public void Wrong_type_names_what_was_expected_and_found()
    {
        AssertFails(Instance(model: DefaultModel.Replace("\"width\": 1", "\"width\": \"one\"", StringComparison.Ordinal)), "$.model.blocks[0].width", "expected an integer, found a string");
    }

    [Fact]
    public void Fractional_integer_is_rejected()
    {
        AssertFails(Instance(model: DefaultModel.Replace("\"width\": 1", "\"width\": 1.5", StringComparison.Ordinal)), "$.model.blocks[0].width", "expected an integer, found 1.5");
    }

    [Fact]
    public void Unknown_field_is_rejected()
    {
        string text = Instance().Replace("\"name\": \"test\",", "\"name\": \"test\", \"parameter\": 1,", StringComparison.Ordinal);
        AssertFails(text, "$.parameter", "unknown field 'parameter'; known fields here: schema, name, description, source, loss, data, model, parameters, parameterSeed");
    }

    [Fact]
    public void Duplicate_field_is_rejected()
    {
        string text = Instance().Replace("\"name\": \"test\",", "\"name\": \"test\", \"name\": \"again\",", StringComparison.Ordinal);
        AssertFails(text, "$.name", "duplicate field");
    }

    [Fact]
    public void Parameters_and_seed_together_are_rejected()
    {
        string text = Instance().Replace("\"name\": \"test\",", "\"name\": \"test\", \"parameterSeed\": 3,", StringComparison.Ordinal);
        AssertFails(text, "$.parameterSeed", "give either 'parameters' or 'parameterSeed', not both");
    }

    [Fact]
    public void Unsupported_schema_is_rejected()
    {
        AssertFails(Instance().Replace("instance/1", "instance/2", StringComparison.Ordinal), "$.schema", "unsupported schema 'resnetproofs.instance/2'; this reader knows 'resnetproofs.instance/1'");
    }

    [Fact]
    public void Absurd_width_is_rejected_before_allocating()
    {
        AssertFails(
            Instance(model: """{ "kind": "single-block-resnet", "width": 1000000, "innerDepth": 100, "activation": "tanh" }"""),
            "$.model",
            "the model would have P = 99000102000001 parameters, more than the limit of 10000000");
    }

    [Fact]
    public void Missing_file_has_no_json_path()
    {
        using var temp = new TemporaryDirectory();
        string file = Path.Combine(temp.Path, "missing.json");
        var ex = Assert.Throws<InstanceFormatException>(() => InstanceReader.Read(file));
        Assert.Equal(file, ex.File);
        Assert.Null(ex.JsonPath);
        Assert.Equal("file not found", ex.Problem);
        Assert.Equal($"{file}: file not found", ex.Message);
    }

    private static void AssertFails(string text, string path, string problem)
    {
        var ex = Assert.Throws<InstanceFormatException>(() => InstanceReader.Parse(text, Source));
        Assert.Equal(Source, ex.File);
        Assert.Equal(path, ex.JsonPath);
        Assert.Equal(problem, ex.Problem);
        Assert.Equal($"{Source}: {path}: {problem}", ex.Message);
    }
}
