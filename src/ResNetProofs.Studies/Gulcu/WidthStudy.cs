using System.Diagnostics;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Studies;

/// <summary>
/// gulcu.width-linear-in-n as a study, not an ITheorem (its claim, "the threshold m/n stays flat in n and does not grow with H",
/// is a trend over a grid with a budget, not a statement one instance can confirm or refute). For each n and H it climbs the
/// ratio grid, running GD (η = 1/λ_max(G₀), budget T) from each seed's Gaussian initialisation on that seed's unit-sphere data,
/// and stops at the first ratio where a majority of seeds reach L ≤ target. Never prints; never throws for non-convergence.
/// </summary>
public static class WidthStudy
{
    /// <summary>Runs the study; <paramref name="progress"/> (optional) hears after every attempt (cells done of <see cref="WidthStudyOptions.Cells"/>, and a line).</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static WidthStudyResult Run(WidthStudyOptions options, Action<StudyProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var watch = Stopwatch.StartNew();
        var ratios = options.Ratios.Order().ToArray();
        var cells = new List<WidthStudyCell>();
        var descent = new GradientDescentOptions { MaxSteps = options.Budget, TargetLoss = options.TargetLoss, TrackSpectrum = false };
        foreach (int n in options.Samples)
        {
            int d = options.Dimension ?? n;
            foreach (int h in options.Depths)
            {
                var attempts = new List<WidthStudyAttempt>();
                foreach (double ratio in ratios)
                {
                    int m = Math.Max(1, (int)Math.Round(ratio * n));
                    var runs = options.Seeds
                        .Select(seed => WideResidualGradientDescent.Run(WideResidualProblem.Generate(n, d, m, h, seed, options.ResidualScale), descent))
                        .ToList();
                    var successes = runs.Where(r => r.StopReason == ExitCondition.TargetReached).ToList();
                    var attempt = new WidthStudyAttempt(ratio, m, (m * d) + ((h - 1) * m * m), successes.Count, runs.Count,
                        Median(successes.Select(r => (double)r.StepCount)), Median(runs.Select(r => r.FinalLoss)));
                    attempts.Add(attempt);
                    bool cellDone = attempt.Majority || attempts.Count == ratios.Length;
                    progress?.Invoke(new StudyProgress(cells.Count + (cellDone ? 1 : 0), options.Cells, $"n = {n}, H = {h}, m/n = {ratio} (m = {m}, P = {attempt.Parameters}): {attempt.Successes}/{attempt.Seeds} reached {options.TargetLoss:G3}, {watch.Elapsed.TotalSeconds:F1} s"));
                    if (attempt.Majority)
                    {
                        break;
                    }
                }
                cells.Add(new WidthStudyCell(n, h, d, attempts));
            }
        }
        return new WidthStudyResult(options, cells, watch.Elapsed.TotalSeconds);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : 0.5 * (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]);
    }
}
