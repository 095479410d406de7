using System.CommandLine;
using System.Globalization;
using ResNetProofs.Cli.Options;
using ResNetProofs.Cli.Progress;
using ResNetProofs.Studies;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs gulcu-study [--n 8,16,32,64] [--depths 1,4,16] [--ratios …] [--seeds 1,2,3] [--budget 2000] [--dim D] [--out DIR]</c>:
/// runs <see cref="WidthStudy"/>, prints the Markdown threshold table, and with --out writes gulcu-width.md, .json and .png.
/// </summary>
public static class GulcuStudyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var defaults = new WidthStudyOptions();
        var samples = CliOptions.CountList("--n", $"Sample counts n, comma-separated (each at most {WidthStudyOptions.MaxSamples}).", defaults.Samples, 1, WidthStudyOptions.MaxSamples);
        var depths = CliOptions.CountList("--depths", $"Depths H, comma-separated (each at most {WidthStudyOptions.MaxDepth}).", defaults.Depths, 1, WidthStudyOptions.MaxDepth);
        var ratios = CliOptions.RatioList("--ratios", $"Width ratios m/n, comma-separated (each at most {WidthStudyOptions.MaxRatio}).", defaults.Ratios, WidthStudyOptions.MaxRatio);
        var seeds = CliOptions.CountList("--seeds", "Seeds, comma-separated (a ratio succeeds for a majority).", defaults.Seeds, 0, int.MaxValue);
        var budget = CliOptions.Count("--budget", "Gradient-descent step budget.", defaults.Budget, max: WidthStudyOptions.MaxBudget);
        var dimension = CliOptions.OptionalCount("--dim", "Input dimension d (default: d = n).", "16", max: WidthStudyOptions.MaxDimension);
        var output = new Option<string?>("--out") { Description = "Directory for gulcu-width.md, gulcu-width.json and gulcu-width.png." };
        var command = new Command("gulcu-study", "Smallest width ratio m/n at which gradient descent reaches zero loss, against n and H (gulcu.width-linear-in-n).");
        foreach (var option in new Option[] { samples, depths, ratios, seeds, budget, dimension, output })
        {
            command.Options.Add(option);
        }
        command.SetAction(parse =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            WidthStudyOptions options;
            try
            {
                options = new WidthStudyOptions
                {
                    Samples = parse.GetValue(samples)!,
                    Depths = parse.GetValue(depths)!,
                    Ratios = parse.GetValue(ratios)!,
                    Seeds = parse.GetValue(seeds)!,
                    Budget = parse.GetValue(budget),
                    Dimension = parse.GetValue(dimension),
                };
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                stderr.WriteLine($"error: {ex.Message}");
                return ExitCodes.BadArguments;
            }
            return Execute(options, parse.GetValue(output), parse.InvocationConfiguration.Output, stderr);
        });
        return command;
    }

    /// <summary>Says how much work was asked for (one line on stderr), runs the study with progress on stderr, prints the table, writes the files; returns the exit code.</summary>
    public static int Execute(WidthStudyOptions options, string? outputDirectory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(options);
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gulcu-study: {options.Samples.Count} n × {options.Depths.Count} H = {options.Cells} cells, at most {options.Ratios.Count} ratios × {options.Seeds.Count} seeds each = {options.MaxDescents} gradient descents of at most {options.Budget} steps (at most {options.MaxGradientSteps:N0} steps), largest P = {options.MaxParameters:N0}"));
        var result = JobProgress.Run("gulcu-study", stderr, progress => WidthStudy.Run(options, progress));
        string markdown = result.ToMarkdown();
        stdout.Write(markdown);
        if (outputDirectory is not null)
        {
            if (!StudyFiles.TryWrite(outputDirectory, "gulcu-width", markdown, result.ToJson(), result.ToPng(), stderr))
            {
                return ExitCodes.BadArguments;
            }
            stdout.WriteLine($"wrote gulcu-width.md, gulcu-width.json, gulcu-width.png to {outputDirectory}");
        }
        return ExitCodes.Success;
    }
}
