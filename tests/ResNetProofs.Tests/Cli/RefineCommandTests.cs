using System.Text.Json;
using ResNetProofs.Cli;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Tests.Instances;
using static ResNetProofs.Tests.Instances.BadInstances;

namespace ResNetProofs.Tests.Cli;

/// <summary>
/// <c>refine</c>: converges on the smooth bundled example, writes a refined instance whose re-evaluated gradient meets the
/// reported tolerance, exits 0 for an unconverged run (and says so), 2 for bad arguments, 3 for bad files, 4 for a
/// non-finite start.
/// </summary>
public sealed class RefineCommandTests : IDisposable
{
    private static readonly string SmoothExample = ExampleFiles.Path("random-softplus-single-block.json");

    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Smooth_single_block_example_converges_below_its_reported_tolerance()
    {
        var (code, stdout, stderr) = CliRun.Run("refine", SmoothExample, "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        var refinement = JsonDocument.Parse(stdout).RootElement.GetProperty("refinement");
        Assert.Equal("Converged", refinement.GetProperty("stopReason").GetString());
        double end = refinement.GetProperty("gradientNormEnd").GetDouble();
        double tolerance = refinement.GetProperty("tolerance").GetDouble();
        Assert.True(end <= tolerance, $"‖∇R‖ = {end:R} > tolerance {tolerance:R}");
        // Tolerance = 1e−10·max(1, R(θ₀), ‖∇R(θ₀)‖₂), re-derived from the start values the report prints.
        double scale = Math.Max(1, Math.Max(refinement.GetProperty("riskStart").GetDouble(), refinement.GetProperty("gradientNormStart").GetDouble()));
        Assert.Equal(1e-10 * scale, tolerance, 1e-24);
    }

    [Fact]
    public void Out_file_rereads_with_the_same_problem_and_a_gradient_within_the_tolerance()
    {
        string output = Path.Combine(_temp.Path, "refined.json");

        var (code, stdout, _) = CliRun.Run("refine", SmoothExample, "--json", "--out", output);

        Assert.Equal(ExitCodes.Success, code);
        double tolerance = JsonDocument.Parse(stdout).RootElement.GetProperty("refinement").GetProperty("tolerance").GetDouble();
        var original = InstanceReader.Read(SmoothExample);
        var refined = InstanceReader.Read(output);
        var risk = refined.CreateRisk(); // an evaluation of the written θ, outside the CLI
        var gradient = new double[risk.Dimension];
        risk.ValueAndGradient(refined.Parameters, gradient);
        double gradientNorm = Math.Sqrt(gradient.Sum(g => g * g));
        Assert.True(gradientNorm <= tolerance, $"‖∇R‖ = {gradientNorm:R} > tolerance {tolerance:R}");
        Assert.Equal(original.Data.Inputs.ToArray(), refined.Data.Inputs.ToArray());
        Assert.Equal(original.Data.Targets.ToArray(), refined.Data.Targets.ToArray());
        Assert.Equal(original.Loss.Name, refined.Loss.Name);
        Assert.Equal(original.Model.Graph.Layout.Count, refined.Model.Graph.Layout.Count);
        Assert.NotEqual(original.Parameters, refined.Parameters);
        Assert.Contains("Converged", refined.Description, StringComparison.Ordinal);
        Assert.Contains("refine", refined.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Unconverged_run_exits_0_and_says_it_did_not_converge()
    {
        var (code, stdout, stderr) = CliRun.Run("refine", SmoothExample, "--max-iterations", "2");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        Assert.Contains("  stop reason            IterationLimit\n", stdout, StringComparison.Ordinal);
        Assert.Contains("NO: stopped as IterationLimit; θ is not a certified critical point", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_3()
    {
        string file = Path.Combine(_temp.Path, "missing.json");

        var (code, stdout, stderr) = CliRun.Run("refine", file);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"error: {file}: file not found\n", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Malformed_file_exits_3()
    {
        string file = _temp.Write("bad.json", MalformedJson);

        var (code, stdout, stderr) = CliRun.Run("refine", file);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith($"error: {file}: $: invalid JSON at line 3", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Non_finite_risk_at_the_start_exits_4()
    {
        string file = _temp.Write("huge.json", Instance(parameters: DefaultParameters.Replace("\"w\": [[1]]", "\"w\": [[1e200]]", StringComparison.Ordinal)));

        var (code, stdout, stderr) = CliRun.Run("refine", file);

        Assert.Equal(ExitCodes.NumericFailure, code);
        Assert.StartsWith($"error: {file}: the risk is not finite at θ (R = +∞, ", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        var (code, stdout, stderr) = CliRun.Run("refine", SmoothExample, "--frobnicate");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("error: Unrecognized command or argument '--frobnicate' (see 'resnetproofs --help')\n", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public void Negative_descent_steps_exit_2()
    {
        var (code, stdout, stderr) = CliRun.Run("refine", SmoothExample, "--descent-steps", "-1");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("error: --descent-steps -1: negative (expected a whole number ≥ 0)\n", stderr);
        Assert.Empty(stdout);
    }
}
