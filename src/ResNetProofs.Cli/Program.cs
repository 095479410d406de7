using System.CommandLine;
using ResNetProofs.Cli.Commands;

namespace ResNetProofs.Cli;

/// <summary>
/// The <c>resnetproofs</c> command line: a thin System.CommandLine shell. Each command parses its arguments, calls one
/// library entry and prints; the exit codes are in <see cref="ExitCodes"/>.
/// </summary>
public static class Program
{
    /// <summary>Process entry point: <see cref="Run"/> on the console's streams.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>
    /// Runs the command line on <paramref name="args"/>, writing results to <paramref name="stdout"/> and errors to
    /// <paramref name="stderr"/>; returns the exit code. Safe to call in-process (tests do).
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var root = CreateRootCommand();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine's own handler prints the errors plus the full help and returns 1; we want one line and 2.
            // A validated option's message is complete ("--name VALUE: problem (expected …)"); the others get a pointer to the help.
            bool validated = parse.Errors.All(e => FromValidatedOption(e.SymbolResult));
            string message = CommandSuggestion.ForUnknownCommand(root, args)
                ?? string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')).Distinct()) + (validated ? "" : " (see 'resnetproofs --help')");
            stderr.WriteLine($"error: {message}");
            return ExitCodes.BadArguments;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ResNetProofs.Hunting.Session.HuntException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.For(ex.Error);
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"error: internal error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
            stderr.WriteLine(ex);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>True when <paramref name="result"/> is (the argument of) a <see cref="Options.IValidatedOption"/>.</summary>
    private static bool FromValidatedOption(System.CommandLine.Parsing.SymbolResult? result)
    {
        for (var r = result; r is not null; r = r.Parent)
        {
            if (r is System.CommandLine.Parsing.OptionResult { Option: Options.IValidatedOption })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("ResNetProofs: numerical checks of theorems about ResNet loss landscapes.");
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(RefineCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(TheoremsCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(LiuStudyCommand.Create());
        root.Subcommands.Add(GulcuStudyCommand.Create());
        root.Subcommands.Add(SafranShamirStudyCommand.Create());
        root.Subcommands.Add(HuntCommand.Create());
        root.Subcommands.Add(FindingsCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(TargetingCommand.Create());
        return root;
    }
}
