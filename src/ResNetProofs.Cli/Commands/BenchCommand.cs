using System.CommandLine;
using System.Globalization;
using ResNetProofs.Cli.Options;
using ResNetProofs.Cli.Progress;
using ResNetProofs.Studies.Benchmarks;
using ResNetProofs.Studies;
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
        var maxParameters = CliOptions.Count("--max-parameters", "Skip sizes with more parameters than this.", int.MaxValue);
        var seed = CliOptions.Seed("--seed", "Seed of the data and parameters.", 1);
        var command = new Command("bench", "Measure the speed of the exact derivatives over a grid of sizes (run with -c Release).");
        command.Options.Add(maxParameters);
        command.Options.Add(seed);
        command.SetAction(parse => Execute(parse.GetValue(maxParameters), parse.GetValue(seed), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// Says how many sizes it will time (one line on stderr), then runs the grid with progress on stderr and prints one
    /// Markdown row per size; returns <see cref="ExitCodes.Success"/>.
    /// </summary>
    public static int Execute(int maxParameters, int seed, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var sizes = DerivativeBenchmark.FullGrid().Where(s => DerivativeBenchmark.ParameterCount(s.D, s.Blocks, s.Width) <= maxParameters).ToList();
        int largest = sizes.Count == 0 ? 0 : sizes.Max(s => DerivativeBenchmark.ParameterCount(s.D, s.Blocks, s.Width));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: {sizes.Count} sizes up to P = {largest}, each quantity timed over at least 0.2 s of repetitions"));
        stdout.WriteLine($"linear algebra: {DenseLinearAlgebra.Description}; times are CPU ms of the measuring thread, best of repetitions");
        stdout.WriteLine();
        stdout.WriteLine("| d | L | width | n | P | R+∇R (ms) | Hessian (ms) | λ_min dense (ms) | dsyevd all λ (ms) | λ_min Lanczos (ms) | LM step (ms) | certificate (ms) |");
        stdout.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        return JobProgress.Run("bench", stderr, progress =>
        {
            for (int i = 0; i < sizes.Count; i++)
            {
                var (d, l, w, n) = sizes[i];
                var r = DerivativeBenchmark.Measure(d, l, w, n, seed);
                string dc = r.DivideAndConquerMs is double t ? t.ToString("F1", CultureInfo.InvariantCulture) : "–";
                string lanczos = r.LanczosConverged ? "" : " (not converged)";
                string proved = r.CertificateProved ? "" : " (not proved)";
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.D} | {r.Blocks} | {r.Width} | {r.Samples} | {r.Parameters} | {r.RiskAndGradientMs:F3} | {r.HessianMs:F1} | {r.LambdaMinMs:F1} | {dc} | {r.LanczosMs:F1}{lanczos} | {r.LevenbergMarquardtStepMs:F1} | {r.CertificateMs:F1}{proved} |"));
                stdout.Flush();
                progress(new StudyProgress(i + 1, sizes.Count, string.Create(CultureInfo.InvariantCulture, $"d = {d}, L = {l}, width {w}, n = {n}, P = {r.Parameters}")));
            }
            return ExitCodes.Success;
        });
    }
}
