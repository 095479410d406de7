using System.CommandLine;
using System.Globalization;
using ResNetProofs.Cli.Options;
using ResNetProofs.Hunting.Benchmarks;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs bench [--max-parameters P] [--seed S]</c>: times R+∇R, the full Hessian, λ_min and one Newton step
/// over the grid of <see cref="DerivativeBenchmark.FullGrid"/>, one thread, and prints a Markdown table.
/// </summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var maxParameters = CliOptions.Count("--max-parameters", "Skip sizes with more parameters than this.", int.MaxValue);
        var seed = CliOptions.Seed("--seed", "Seed of the data and parameters.", 1);
        var command = new Command("bench", "Measure the speed of the exact derivatives over a grid of sizes (run with -c Release).");
        command.Options.Add(maxParameters);
        command.Options.Add(seed);
        command.SetAction(parse => Execute(parse.GetValue(maxParameters), parse.GetValue(seed), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Runs the grid and prints one Markdown row per size; returns <see cref="ExitCodes.Success"/>.</summary>
    public static int Execute(int maxParameters, int seed, TextWriter stdout)
    {
        stdout.WriteLine("| d | L | width | n | P | R+∇R (ms) | Hessian (ms) | λ_min (ms) | Newton step (ms) |");
        stdout.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (d, l, w, n) in DerivativeBenchmark.FullGrid())
        {
            if (DerivativeBenchmark.ParameterCount(d, l, w) > maxParameters)
            {
                continue;
            }
            var r = DerivativeBenchmark.Measure(d, l, w, n, seed);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.D} | {r.Blocks} | {r.Width} | {r.Samples} | {r.Parameters} | {r.RiskAndGradientMs:F3} | {r.HessianMs:F1} | {r.LambdaMinMs:F1} | {r.NewtonStepMs:F1} |"));
        }
        return ExitCodes.Success;
    }
}
