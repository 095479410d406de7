using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ResNetProofs.Cli.Options;
using ResNetProofs.Cli.Progress;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Studies;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs liu-study [--teachers N] [--inits M] [--seed S] [--p P] [--k K] [--ball-radius R|teacher] [--shortcut FORM]
/// [--shortcut-weight C] [--normalize-shortcut] [--step η|auto] [--max-steps T] [--epsilon ε] [--teacher COND] [--bootstrap B] [--out DIR]</c>:
/// runs <see cref="LiuStudy"/>, prints its Markdown table (rates with Wilson and teacher-clustered intervals) and wall time, and writes
/// liu-study.md, liu-study.json and liu-study.png into DIR (default the current directory).
/// </summary>
public static class LiuStudyCommand
{
    /// <summary>The largest p and k accepted.</summary>
    public const int MaxShape = 1000;

    /// <summary>The largest step budget per run accepted.</summary>
    public const int MaxSteps = 10_000_000;

    /// <summary>The largest number of bootstrap resamples accepted.</summary>
    public const int MaxResamples = 1_000_000;

    private static readonly Dictionary<string, ShortcutForm> Forms = new(StringComparer.Ordinal)
    {
        ["pre-activation"] = ShortcutForm.AveragePooledPreActivation,
        ["activation"] = ShortcutForm.AveragePooledActivation,
    };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var d = new LiuStudyOptions();
        var teachers = CliOptions.Count("--teachers", "Number of random teachers.", d.Teachers, max: LiuStudyOptions.MaxTeachers);
        var inits = CliOptions.Count("--inits", "Initialisations per teacher and configuration.", d.Inits, max: LiuStudyOptions.MaxInits);
        var seed = CliOptions.Seed("--seed", "Seed of teachers, starts and the bootstrap.", 1);
        var p = CliOptions.Count("--p", "Patch dimension p.", d.PatchDimension, max: MaxShape);
        var k = CliOptions.Count("--k", "Number of patches k.", d.Patches, max: MaxShape);
        var radius = CliOptions.WordOrNonNegativeReal("--ball-radius", "Radius r of the ball ‖a₀‖ ≤ r, or 'teacher' for r = |1ᵀa*|/√k per teacher.",
            new Dictionary<string, (LiuBallRadius, double)> { ["teacher"] = (LiuBallRadius.TeacherReadoutSum, 0) }, r => (LiuBallRadius.Fixed, r), LiuStudyOptions.MaxMagnitude, "1");
        var form = CliOptions.Choice("--shortcut", "Shortcut form: pre-activation (f + c·Σ_j Z_jᵀw, the reconstruction) or activation (a_j + c).", Forms, "pre-activation");
        var weight = CliOptions.OptionalReal("--shortcut-weight", "Shortcut weight c > 0 (default 1/k).", "0.125", 0, LiuStudyOptions.MaxMagnitude);
        var normalize = new Option<bool>("--normalize-shortcut") { Description = "Weight-normalise the shortcut run too (it then starts from the plain runs' random unit filter, since w = 0 is not a normalised start)." };
        var step = CliOptions.WordOrNonNegativeReal<double?>("--step", "Fixed step η > 0, or 'auto' for 0.5/λ_max(∇²L(θ*)) per teacher.",
            new Dictionary<string, double?> { ["auto"] = null }, eta => eta, LiuStudyOptions.MaxMagnitude, "auto");
        var maxSteps = CliOptions.Count("--max-steps", "Step budget of each gradient descent.", d.Descent.MaxIterations, max: MaxSteps);
        var epsilon = CliOptions.Real("--epsilon", "ε: a run reaches the global optimum when L ≤ ε·½E y².", d.Descent.RelativeLossTolerance, 0, 0.5);
        var teacher = new ValidatedOption<LiuTeacherCondition>("--teacher", "Teacher distribution: a* ~ N(0, I_k) conditioned on " + LiuTeacherCondition.Expected + ".",
            LiuTeacherCondition.Expected, "escapes", text => LiuTeacherCondition.Parse(text) is { Value: { } c } ? Parsed<LiuTeacherCondition>.Ok(c) : Parsed<LiuTeacherCondition>.Fail(LiuTeacherCondition.Parse(text).Problem!))
        {
            DefaultValueFactory = _ => LiuTeacherCondition.Any,
        };
        var bootstrap = CliOptions.Count("--bootstrap", "Resamples of the teacher-clustered bootstrap.", d.BootstrapResamples, max: MaxResamples);
        var output = new Option<string>("--out") { Description = "Directory for liu-study.md, .json and .png.", DefaultValueFactory = _ => "." };
        var command = new Command("liu-study", "Success rates of gradient descent with and without the shortcut (Liu et al. 2019, Du et al. 2018), with 95% intervals.");
        foreach (Option o in new Option[] { teachers, inits, seed, p, k, radius, form, weight, normalize, step, maxSteps, epsilon, teacher, bootstrap, output })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse =>
        {
            var (rule, r) = parse.GetValue(radius);
            var options = d with
            {
                Teachers = parse.GetValue(teachers),
                Inits = parse.GetValue(inits),
                Seed = parse.GetValue(seed),
                PatchDimension = parse.GetValue(p),
                Patches = parse.GetValue(k),
                RadiusRule = rule,
                BallRadius = rule == LiuBallRadius.Fixed ? r : d.BallRadius,
                Shortcut = parse.GetValue(form),
                ShortcutWeight = parse.GetValue(weight),
                NormalizeShortcut = parse.GetValue(normalize),
                TeacherCondition = parse.GetValue(teacher)!,
                BootstrapResamples = parse.GetValue(bootstrap),
                Descent = d.Descent with { StepSize = parse.GetValue(step), MaxIterations = parse.GetValue(maxSteps), RelativeLossTolerance = parse.GetValue(epsilon) },
            };
            return Execute(options, parse.GetValue(output)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>
    /// Says how much work was asked for (one line on stderr), runs the study with progress on stderr and writes its files;
    /// returns <see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.BadArguments"/> (one line) for options the study rejects
    /// (e.g. a zero step, or a teacher condition no draw meets) or an unwritable directory.
    /// </summary>
    public static int Execute(LiuStudyOptions options, string directory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"error: liu-study: {FirstLine(ex.Message)}");
            return ExitCodes.BadArguments;
        }
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"liu-study: {options.Teachers} teachers × {options.Inits} inits × 3 configurations = {options.Descents} gradient descents of at most {options.Descent.MaxIterations} steps (at most {options.MaxGradientSteps:N0} gradient steps)"));
        var clock = Stopwatch.StartNew();
        LiuStudyResult result;
        try
        {
            result = JobProgress.Run("liu-study", stderr, progress => LiuStudy.Run(options, progress));
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"error: liu-study: {FirstLine(ex.Message)}");
            return ExitCodes.BadArguments;
        }
        clock.Stop();
        string markdown = LiuStudy.ToMarkdown(result);
        if (!StudyFiles.TryWrite(directory, "liu-study", markdown, LiuStudy.ToJson(result), LiuStudy.ToPng(result), stderr))
        {
            return ExitCodes.BadArguments;
        }
        stdout.Write(markdown);
        stdout.WriteLine($"\nwall time {clock.Elapsed.TotalSeconds:F1} s; wrote liu-study.md, liu-study.json, liu-study.png (bars: green global, red spurious, grey neither) to {Path.GetFullPath(directory)}");
        return ExitCodes.Success;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Replace("\r", "", StringComparison.Ordinal);
}
