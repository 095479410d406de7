using System.CommandLine;
using System.Globalization;
using ResNetProofs.Hunting.Benchmarks;
using ResNetProofs.Numerics.LinearAlgebra;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs bench [--max-parameters P] [--seed S]</c>: times R+∇R, the full Hessian, λ_min (dense, dsyevd, Lanczos), one Levenberg–Marquardt step and one Cholesky certificate
/// over the grid of <see cref="DerivativeBenchmark.FullGrid"/>, one thread, and prints a Markdown table.
/// </summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var maxParameters = new Option<int>("--max-parameters") { Description = "Skip sizes with more parameters than this.", DefaultValueFactory = _ => int.MaxValue };
        var seed = new Option<int>("--seed") { Description = "Seed of the data and parameters.", DefaultValueFactory = _ => 1 };
        var command = new Command("bench", "Measure the speed of the exact derivatives over a grid of sizes (run with -c Release).");
        command.Options.Add(maxParameters);
        command.Options.Add(seed);
        command.SetAction(parse => Execute(parse.GetValue(maxParameters), parse.GetValue(seed), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Runs the grid and prints one Markdown row per size; returns <see cref="ExitCodes.Success"/>.</summary>
    public static int Execute(int maxParameters, int seed, TextWriter stdout)
    {
        stdout.WriteLine($"linear algebra: {DenseLinearAlgebra.Description}; times are CPU ms of the measuring thread, best of repetitions");
        stdout.WriteLine();
        stdout.WriteLine("| d | L | width | n | P | R+∇R (ms) | Hessian (ms) | λ_min dense (ms) | dsyevd all λ (ms) | λ_min Lanczos (ms) | LM step (ms) | certificate (ms) |");
        stdout.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (d, l, w, n) in DerivativeBenchmark.FullGrid())
        {
            if (DerivativeBenchmark.ParameterCount(d, l, w) > maxParameters)
            {
                continue;
            }
            var r = DerivativeBenchmark.Measure(d, l, w, n, seed);
            string dc = r.DivideAndConquerMs is double t ? t.ToString("F1", CultureInfo.InvariantCulture) : "–";
            string lanczos = r.LanczosConverged ? "" : " (not converged)";
            string proved = r.CertificateProved ? "" : " (not proved)";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.D} | {r.Blocks} | {r.Width} | {r.Samples} | {r.Parameters} | {r.RiskAndGradientMs:F3} | {r.HessianMs:F1} | {r.LambdaMinMs:F1} | {dc} | {r.LanczosMs:F1}{lanczos} | {r.LevenbergMarquardtStepMs:F1} | {r.CertificateMs:F1}{proved} |"));
        }
        return ExitCodes.Success;
    }
}
