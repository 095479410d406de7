using System.CommandLine;
using System.Globalization;
using ResNetProofs.Hunting.Studies;

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
        var samples = new Option<string>("--n") { Description = "Sample counts n, comma-separated.", DefaultValueFactory = _ => string.Join(",", defaults.Samples) };
        var depths = new Option<string>("--depths") { Description = "Depths H, comma-separated.", DefaultValueFactory = _ => string.Join(",", defaults.Depths) };
        var ratios = new Option<string>("--ratios") { Description = "Width ratios m/n, comma-separated.", DefaultValueFactory = _ => string.Join(",", defaults.Ratios.Select(r => r.ToString(CultureInfo.InvariantCulture))) };
        var seeds = new Option<string>("--seeds") { Description = "Seeds, comma-separated (a ratio succeeds for a majority).", DefaultValueFactory = _ => string.Join(",", defaults.Seeds) };
        var budget = new Option<int>("--budget") { Description = "Gradient-descent step budget.", DefaultValueFactory = _ => defaults.Budget };
        var dimension = new Option<int?>("--dim") { Description = "Input dimension d (default: d = n)." };
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
                    Samples = Integers(parse.GetValue(samples)!, "--n"),
                    Depths = Integers(parse.GetValue(depths)!, "--depths"),
                    Ratios = Doubles(parse.GetValue(ratios)!, "--ratios"),
                    Seeds = Integers(parse.GetValue(seeds)!, "--seeds"),
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

    /// <summary>Runs the study (progress to stderr), prints the table, writes the files; returns the exit code.</summary>
    public static int Execute(WidthStudyOptions options, string? outputDirectory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var result = WidthStudy.Run(options, line => stderr.WriteLine(line));
        stdout.Write(result.ToMarkdown());
        if (outputDirectory is not null)
        {
            try
            {
                Directory.CreateDirectory(outputDirectory);
                File.WriteAllText(Path.Combine(outputDirectory, "gulcu-width.md"), result.ToMarkdown());
                File.WriteAllText(Path.Combine(outputDirectory, "gulcu-width.json"), result.ToJson());
                File.WriteAllBytes(Path.Combine(outputDirectory, "gulcu-width.png"), result.ToPng());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write to {outputDirectory}: {ex.Message}");
                return ExitCodes.BadArguments;
            }
            stdout.WriteLine($"wrote gulcu-width.md, gulcu-width.json, gulcu-width.png to {outputDirectory}");
        }
        return ExitCodes.Success;
    }

    private static int[] Integers(string text, string name) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : throw new ArgumentException($"{name}: '{s}' is not an integer"))
        .ToArray();

    private static double[] Doubles(string text, string name) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => s.Contains('/', StringComparison.Ordinal) && s.Split('/') is [var a, var b] && double.TryParse(a, CultureInfo.InvariantCulture, out double p) && double.TryParse(b, CultureInfo.InvariantCulture, out double q)
            ? p / q
            : double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : throw new ArgumentException($"{name}: '{s}' is not a number"))
        .ToArray();
}
