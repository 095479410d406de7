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
        var parse = CreateRootCommand().Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine's own handler prints the errors plus the full help and returns 1; we want one line and 2.
            stderr.WriteLine($"error: {string.Join(" ", parse.Errors.Select(e => e.Message))} (see 'resnetproofs --help')");
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
