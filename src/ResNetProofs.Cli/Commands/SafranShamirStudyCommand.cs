using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ResNetProofs.Cli.Options;
using ResNetProofs.Cli.Progress;
using ResNetProofs.Studies;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// <c>resnetproofs safran-shamir-study [--k 6..20|LIST] [--runs R] [--seed S] [--forms plain,skip,residual] [--max-steps M] [--out DIR]</c>:
/// runs <see cref="SafranShamirStudy"/>, prints its Markdown table and wall time, and writes safran-shamir-study.md, .json and
/// .png into DIR (default the current directory).
/// </summary>
public static class SafranShamirStudyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var defaults = new SafranShamirStudyOptions();
        var ks = RangeListOption.Create("--k", "Teacher sizes k (= input dimension); n = k and n = k + 1 for each.", defaults.Ks, "6..20", 1, SafranShamirStudyOptions.MaxK);
        var runs = CliOptions.Count("--runs", "Runs per student form, k and n.", defaults.Runs, max: SafranShamirStudyOptions.MaxRuns);
        var seed = CliOptions.Seed("--seed", "Seed every start is derived from.", defaults.Seed);
        var forms = new ValidatedOption<SafranShamirStudent[]>("--forms", "Students: plain (Σ relu(wᵢᵀx)), skip (+ uᵀx, u trained), residual (identity shortcut in the hidden layer, docs/safran-shamir.md).",
            "a comma-separated list of plain, skip and residual", "plain,skip,residual", ParseForms) { DefaultValueFactory = _ => [.. defaults.Forms] };
        var maxSteps = CliOptions.LongCount("--max-steps", "Step budget per run, over its restarts.", defaults.Descent.MaxSteps);
        var output = new Option<string>("--out") { Description = "Directory for safran-shamir-study.md, .json and .png.", DefaultValueFactory = _ => "." };
        var command = new Command("safran-shamir-study", "Spurious minima of two-layer ReLU networks (Safran & Shamir 2018): plain, linear-skip and residual students, certified.");
        command.Options.Add(ks);
        command.Options.Add(runs);
        command.Options.Add(seed);
        command.Options.Add(forms);
        command.Options.Add(maxSteps);
        command.Options.Add(output);
        command.SetAction(parse => Execute(
            defaults with
            {
                Ks = parse.GetValue(ks)!,
                Runs = parse.GetValue(runs),
                Seed = parse.GetValue(seed),
                Forms = parse.GetValue(forms)!,
                Descent = defaults.Descent with { MaxSteps = parse.GetValue(maxSteps) },
            },
            parse.GetValue(output)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// Says how much work was asked for (one line on stderr), runs the study with progress on stderr and writes its files;
    /// returns <see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.BadArguments"/> for an unwritable directory.
    /// </summary>
    public static int Execute(SafranShamirStudyOptions options, string directory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"safran-shamir-study: {options.Forms.Count} form(s) [{string.Join(", ", options.Forms)}] × k ∈ {{{string.Join(",", options.Ks)}}} × n ∈ {{k, k+1}} × {options.Runs} runs = {options.Descents:N0} descents of at most {options.Descent.MaxSteps:N0} steps each, seed {options.Seed}; then one certificate per family of non-global minima"));
        var clock = Stopwatch.StartNew();
        var result = JobProgress.Run("safran-shamir-study", stderr, progress => SafranShamirStudy.Run(options, progress));
        clock.Stop();
        string markdown = SafranShamirStudy.ToMarkdown(result);
        if (!StudyFiles.TryWrite(directory, "safran-shamir-study", markdown, SafranShamirStudy.ToJson(result), SafranShamirStudy.ToPng(result), stderr))
        {
            return ExitCodes.BadArguments;
        }
        stdout.Write(markdown);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nwall time {clock.Elapsed.TotalSeconds:F1} s, process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s; wrote safran-shamir-study.md, .json, .png to {Path.GetFullPath(directory)}"));
        return ExitCodes.Success;
    }

    private static Parsed<SafranShamirStudent[]> ParseForms(string text)
    {
        var forms = new List<SafranShamirStudent>();
        foreach (string item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            SafranShamirStudent? form = item switch { "plain" => SafranShamirStudent.Plain, "skip" => SafranShamirStudent.LinearSkip, "residual" => SafranShamirStudent.IdentityShortcut, _ => null };
            if (form is null)
            {
                return Parsed<SafranShamirStudent[]>.Fail($"'{item}': not a student form");
            }
            if (forms.Contains(form.Value))
            {
                return Parsed<SafranShamirStudent[]>.Fail($"'{item}': given twice");
            }
            forms.Add(form.Value);
        }
        return Parsed<SafranShamirStudent[]>.Ok([.. forms]);
    }
}
