using System.Diagnostics;
using ResNetProofs.Cli;
using ResNetProofs.Tests.Hunting;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary>
/// evaluate, refine and check estimate the memory of their dense P×P path from P and n before allocating it, and refuse
/// with exit 12 and one line when it exceeds --max-memory (which a user can raise) or P exceeds the dense limit.
/// </summary>
public sealed class DenseMemoryTests : IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A one-block ResNet with d = 1, n = 2 and block width <paramref name="width"/>: P = 3·width + 1 (W1, b1, V1, then w), θ drawn from a seed.</summary>
    private string WideInstance(string name, int width) => _temp.Write(name, $$"""
        {
          "schema": "resnetproofs.instance/1",
          "name": "{{name}}",
          "loss": "squared-mean",
          "data": { "x": [[0.5], [-1]], "y": [1, 0] },
          "model": { "kind": "deep-resnet", "blocks": [ { "width": {{width}}, "innerDepth": 1, "activation": "tanh" } ] },
          "parameterSeed": 1
        }
        """);

    [Fact]
    public void Evaluate_refuses_three_million_parameters_quickly_with_exit_12()
    {
        string file = WideInstance("wide.json", 1_000_000);
        var clock = Stopwatch.StartNew();

        var (code, stdout, stderr) = CliProcess.Run(120, "evaluate", file);

        Assert.Equal(ExitCodes.TooLarge, code);
        Assert.Empty(stdout);
        string line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        // 6 dense P×P doubles: 48·3000001² = 4.32000288e14 bytes = 392.90 TiB (÷ 2⁴⁰ = 1.0995e12).
        Assert.StartsWith($"error: {file}: P = 3,000,001 parameters: the dense curvature path needs about 392.9 TiB (6 P×P matrices), above --max-memory ", line, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("refine")]
    public void A_limit_below_the_estimate_refuses_and_a_raised_one_runs(string command)
    {
        // BadInstances' default has P = 5: 6 matrices × 8 bytes × 25 = 1200 bytes.
        string file = _temp.Write("small.json", BadInstances.Instance());

        var refused = CliRun.Run(command, file, "--max-memory", "1000");
        var raised = CliRun.Run(command, file, "--max-memory", "1200");

        Assert.Equal(ExitCodes.TooLarge, refused.Code);
        Assert.Contains("P = 5 parameters: the dense curvature path needs about 1.17 KiB (6 P×P matrices), above --max-memory 1000 bytes; raise --max-memory", refused.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, raised.Code);
    }

    [Fact]
    public void Check_counts_the_certificate_matrices_and_the_jacobian()
    {
        // 10 matrices × 8 × 25 = 2000 bytes plus the n×P interval Jacobian 16·3·5 = 240: 2240 bytes.
        string file = _temp.Write("small.json", BadInstances.Instance());

        var refused = CliRun.Run("check", "shamir2018.first-order-certificate", file, "--max-memory", "2239");
        var fits = CliRun.Run("check", "shamir2018.first-order-certificate", file, "--max-memory", "2240");

        Assert.Equal(ExitCodes.TooLarge, refused.Code);
        Assert.Contains("(10 P×P matrices and the n×P Jacobian)", refused.Err, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.TooLarge, fits.Code);
    }

    [Fact]
    public void More_parameters_than_the_dense_eigensolver_takes_is_exit_12_whatever_the_memory()
    {
        string file = WideInstance("p3001.json", 1000);

        var (code, _, stderr) = CliRun.Run("evaluate", file, "--max-memory", "1T");

        Assert.Equal(ExitCodes.TooLarge, code);
        Assert.Equal($"error: {file}: P = 3,001 parameters exceeds the dense eigensolver's limit of 3,000 (λ_min and the inertia need a dense eigendecomposition of ∇²R)\n", stderr);
    }
}
