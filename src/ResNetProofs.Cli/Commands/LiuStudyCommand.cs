using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ResNetProofs.Cli.Options;
using ResNetProofs.Cli.Progress;
using ResNetProofs.Hunting.Studies;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs liu-study [--teachers N] [--inits M] [--seed S] [--out DIR]</c>: runs <see cref="LiuStudy"/>, prints its Markdown
/// table and wall time, and writes liu-study.md, liu-study.json and liu-study.png into DIR (default the current directory).
/// </summary>
public static class LiuStudyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var teachers = CliOptions.Count("--teachers", "Number of random teachers.", new LiuStudyOptions().Teachers, max: LiuStudyOptions.MaxTeachers);
        var inits = CliOptions.Count("--inits", "Initialisations per teacher and configuration.", new LiuStudyOptions().Inits, max: LiuStudyOptions.MaxInits);
        var seed = CliOptions.Seed("--seed", "Seed of teachers and starts.", 1);
        var output = new Option<string>("--out") { Description = "Directory for liu-study.md, .json and .png.", DefaultValueFactory = _ => "." };
        var command = new Command("liu-study", "Success rates of gradient descent with and without the shortcut (Liu et al. 2019, Du et al. 2018).");
        command.Options.Add(teachers);
        command.Options.Add(inits);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(parse => Execute(parse.GetValue(teachers), parse.GetValue(inits), parse.GetValue(seed), parse.GetValue(output)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// Says how much work was asked for (one line on stderr), runs the study with progress on stderr and writes its files;
    /// returns <see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.BadArguments"/> for counts outside
    /// [1, <see cref="LiuStudyOptions.MaxTeachers"/>] / [1, <see cref="LiuStudyOptions.MaxInits"/>] or an unwritable directory.
    /// </summary>
    public static int Execute(int teachers, int inits, int seed, string directory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (teachers < 1 || inits < 1 || teachers > LiuStudyOptions.MaxTeachers || inits > LiuStudyOptions.MaxInits)
        {
            stderr.WriteLine($"error: --teachers ({teachers}) and --inits ({inits}) must lie in [1, {LiuStudyOptions.MaxTeachers}] and [1, {LiuStudyOptions.MaxInits}]");
            return ExitCodes.BadArguments;
        }
        var options = new LiuStudyOptions { Teachers = teachers, Inits = inits, Seed = seed };
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"liu-study: {teachers} teachers × {inits} inits × 3 configurations = {options.Descents} gradient descents of at most {options.Descent.MaxIterations} steps (at most {options.MaxGradientSteps:N0} gradient steps)"));
        var clock = Stopwatch.StartNew();
        var result = JobProgress.Run("liu-study", stderr, progress => LiuStudy.Run(options, progress));
        clock.Stop();
        string markdown = LiuStudy.ToMarkdown(result);
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "liu-study.md"), markdown);
            File.WriteAllText(Path.Combine(directory, "liu-study.json"), LiuStudy.ToJson(result));
            File.WriteAllBytes(Path.Combine(directory, "liu-study.png"), LiuStudy.ToPng(result));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write to '{directory}': {ex.Message}");
            return ExitCodes.BadArguments;
        }
        stdout.Write(markdown);
        stdout.WriteLine($"\nwall time {clock.Elapsed.TotalSeconds:F1} s; wrote liu-study.md, liu-study.json, liu-study.png (bars: green global, red spurious, grey neither) to {Path.GetFullPath(directory)}");
        return ExitCodes.Success;
    }
}
