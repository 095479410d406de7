using ResNetProofs.Cli;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary>liu-study's knobs reach the study (its header names them) and combinations the study rejects exit 2 with one line.</summary>
public sealed class LiuStudyKnobTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Knobs_are_named_in_the_table_header()
    {
        var (code, stdout, _) = CliRun.Run("liu-study", "--teachers", "1", "--inits", "1", "--p", "3", "--k", "4", "--ball-radius", "teacher",
            "--shortcut-weight", "0.5", "--step", "0.05", "--max-steps", "200", "--epsilon", "0.001", "--teacher", "positive", "--out", _dir.Path);

        Assert.Equal(ExitCodes.Success, code);
        string header = stdout.Split('\n')[0];
        Assert.Contains("p = 3, k = 4, 1 teachers (1ᵀa* > 0)", header, StringComparison.Ordinal);
        Assert.Contains("with weight 0.5", header, StringComparison.Ordinal);
        Assert.Contains("‖a₀‖ ≤ |1ᵀa*|/√k", header, StringComparison.Ordinal);
        Assert.Contains("step 0.05, ε = 0.001·½E y², at most 200 steps", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_condition_with_the_activation_form_exits_2_in_one_line()
    {
        var (code, stdout, stderr) = CliRun.Run("liu-study", "--teacher", "escapes", "--shortcut", "activation", "--out", _dir.Path);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Empty(stdout);
        string line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("error: liu-study: the teacher condition 'escapes' (g₀ > 0) holds for no teacher", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_step_exits_2_in_one_line()
    {
        var (code, _, stderr) = CliRun.Run("liu-study", "--step", "0", "--out", _dir.Path);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.StartsWith("error: liu-study: the step size must be finite and > 0", Assert.Single(stderr.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }
}
