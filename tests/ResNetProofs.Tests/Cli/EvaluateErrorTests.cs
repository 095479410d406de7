using ResNetProofs.Cli;
using ResNetProofs.Tests.Instances;
using static ResNetProofs.Tests.Instances.BadInstances;

namespace ResNetProofs.Tests.Cli;

/// <summary>Bad arguments exit with 2 and bad files with 3, each with one line "error: …" on stderr and nothing on stdout.</summary>
public sealed class EvaluateErrorTests : IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Malformed_json_exits_3_with_line_and_byte()
    {
        AssertBadFile(MalformedJson, "$", "invalid JSON at line 3, byte 17: ',' is an invalid start of a property name. Expected a '\"'.");
    }

    [Fact]
    public void NaN_in_the_data_exits_3_with_its_path()
    {
        AssertBadFile(Instance(x: "[[0], [1], [\"NaN\"]]"), "$.data.x[2][0]", "NaN is not allowed");
    }

    [Fact]
    public void Overflowing_number_in_the_data_exits_3_with_its_path()
    {
        AssertBadFile(Instance(x: "[[0], [1e999], [2]]"), "$.data.x[1][0]", "1e999 is not a finite binary64 number (|x| must be below 1.8e308)");
    }

    [Fact]
    public void Ragged_row_exits_3()
    {
        AssertBadFile(Instance(x: "[[0], [1], [2, 3]]"), "$.data.x[2]", "ragged rows: x[2] has 2 entries but x[0] has 1");
    }

    [Fact]
    public void Length_mismatch_exits_3()
    {
        AssertBadFile(Instance(y: "[0, 1, 3, 4]"), "$.data.y", "length mismatch: y has 4 entries but x has 3 rows");
    }

    [Fact]
    public void Empty_dataset_exits_3()
    {
        AssertBadFile(Instance(x: "[]", y: "[]"), "$.data.x", "the dataset is empty: x has no rows (need n ≥ 1)");
    }

    [Fact]
    public void Unknown_activation_exits_3()
    {
        AssertBadFile(
            Instance(model: DefaultModel.Replace("\"relu\"", "\"gelu\"", StringComparison.Ordinal)),
            "$.model.blocks[0].activation",
            "unknown activation 'gelu'; known activations: relu, softplus, tanh, identity");
    }

    [Fact]
    public void Unknown_loss_exits_3()
    {
        AssertBadFile(Instance(loss: "\"hinge\""), "$.loss", "unknown loss 'hinge'; known losses: squared-mean, squared-half, logistic, log-cosh");
    }

    [Fact]
    public void Wrong_parameter_shape_exits_3()
    {
        AssertBadFile(
            Instance(parameters: DefaultParameters.Replace("\"w\": [[1]]", "\"w\": [[1], [2]]", StringComparison.Ordinal)),
            "$.parameters.w",
            "wrong shape: block 'w' is 1×1, so it needs 1 row, found 2");
    }

    [Fact]
    public void Missing_file_exits_3()
    {
        string file = Path.Combine(_temp.Path, "missing.json");

        var (code, stdout, stderr) = CliRun.Run("evaluate", file);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"error: {file}: file not found\n", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Overflowing_risk_exits_4()
    {
        string file = _temp.Write("huge.json", Instance(parameters: DefaultParameters.Replace("\"w\": [[1]]", "\"w\": [[1e200]]", StringComparison.Ordinal)));

        var (code, stdout, stderr) = CliRun.Run("evaluate", file);

        Assert.Equal(ExitCodes.NumericFailure, code);
        Assert.StartsWith($"error: {file}: the risk is not finite at θ (R = +∞, ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Empty(stdout);
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        string file = _temp.Write("ok.json", Instance());

        var (code, stdout, stderr) = CliRun.Run("evaluate", file, "--frobnicate");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("error: Unrecognized command or argument '--frobnicate' (see 'resnetproofs --help')\n", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Unknown_command_exits_2()
    {
        var (code, stdout, stderr) = CliRun.Run("evalute", "x.json");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("error: unknown command 'evalute'; did you mean 'evaluate'?\n", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Missing_argument_exits_2()
    {
        var (code, stdout, stderr) = CliRun.Run("evaluate");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("error: Required argument missing for command: 'evaluate' (see 'resnetproofs --help')\n", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Help_exits_0()
    {
        var (code, stdout, stderr) = CliRun.Run("evaluate", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--json", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    private void AssertBadFile(string text, string path, string problem)
    {
        string file = _temp.Write("bad.json", text);

        var (code, stdout, stderr) = CliRun.Run("evaluate", file);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"error: {file}: {path}: {problem}\n", stderr);
        Assert.Empty(stdout);
    }
}
