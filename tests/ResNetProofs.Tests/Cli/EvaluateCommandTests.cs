using System.Globalization;
using System.Text.Json;
using ResNetProofs.Cli;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary><c>evaluate</c> on the exact fixtures reproduces their closed-form risks, in text and in JSON.</summary>
public sealed class EvaluateCommandTests
{
    [Fact]
    public void Example2_fixture_has_zero_risk()
    {
        var (code, stdout, stderr) = CliRun.Run("evaluate", ExampleFiles.Path("yun2019-example2.json"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        // The fixture is exact up to the rounding of 4/3 and −1/3, so R is at most a few u².
        Assert.InRange(TextRisk(stdout), 0, 1e-15);
    }

    [Fact]
    public void Example1_at_theta2_matches_the_closed_form()
    {
        const double rho = 1;
        double expected = rho * rho * (12 * rho * rho + 82 * rho + 215) / (21 * rho * rho + 156 * rho + 420);

        var (code, stdout, stderr) = CliRun.Run("evaluate", ExampleFiles.Path("yun2019-example1.json"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        // Relative 1e−12: six samples, each residual off by a few u from the rounded (w, c).
        Assert.InRange(Math.Abs(TextRisk(stdout) - expected) / expected, 0, 1e-12);
    }

    [Fact]
    public void Example1_reports_the_kink_on_the_data_point_x_equals_3()
    {
        var (_, stdout, _) = CliRun.Run("evaluate", ExampleFiles.Path("yun2019-example1.json"), "--json");

        var kink = JsonDocument.Parse(stdout).RootElement.GetProperty("kink");
        Assert.Equal(0.0, kink.GetProperty("distance").GetDouble());
        Assert.Equal(3, kink.GetProperty("sample").GetInt32());
        Assert.True(kink.GetProperty("atKink").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Json_output_parses_and_carries_the_same_risk_as_the_text(string name)
    {
        string file = ExampleFiles.Path(name);
        var instance = InstanceReader.Read(file);
        double library = instance.CreateRisk().Value(instance.Parameters);

        var (textCode, text, _) = CliRun.Run("evaluate", file);
        var (jsonCode, json, stderr) = CliRun.Run("evaluate", file, "--json");

        Assert.Equal(ExitCodes.Success, textCode);
        Assert.Equal(ExitCodes.Success, jsonCode);
        Assert.Empty(stderr);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        double jsonRisk = root.GetProperty("risk").GetProperty("value").GetDouble();
        Assert.Equal(BitConverter.DoubleToInt64Bits(library), BitConverter.DoubleToInt64Bits(jsonRisk));
        Assert.Equal(BitConverter.DoubleToInt64Bits(library), BitConverter.DoubleToInt64Bits(TextRisk(text)));
        Assert.Equal(root.GetProperty("parameters").GetProperty("count").GetInt32(), root.GetProperty("parameters").GetProperty("blocks").EnumerateArray().Sum(b => b.GetProperty("rows").GetInt32() * b.GetProperty("cols").GetInt32()));
    }

    [Fact]
    public void Text_output_lists_every_parameter_block_with_its_shape()
    {
        var (_, stdout, _) = CliRun.Run("evaluate", ExampleFiles.Path("random-softplus-single-block.json"));

        Assert.Contains("  P     31\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  F.W1  4×3  θ[0..11]\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  w     1×3  θ[28..30]\n", stdout, StringComparison.Ordinal);
    }

    // The value on the line "  R  <value>" of the text report.
    private static double TextRisk(string stdout)
    {
        string line = stdout.Split('\n').Single(l => l.StartsWith("  R ", StringComparison.Ordinal));
        return double.Parse(line.AsSpan(3).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
