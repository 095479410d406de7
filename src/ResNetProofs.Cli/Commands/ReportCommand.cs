using System.CommandLine;
using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Reports;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Cli.Commands;

/// <summary><c>resnetproofs report STORE --out DIR</c>: writes DIR/report.md and its PNG plots.</summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var store = StoreArguments.Store();
        var output = new Option<string>("--out") { Description = "The report directory (created if missing).", Required = true };
        var command = new Command("report", "Write a Markdown report with PNG plots for a hunt store.");
        command.Arguments.Add(store);
        command.Options.Add(output);
        command.SetAction(parse => Execute(parse.GetRequiredValue(store), parse.GetRequiredValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Writes the report; returns the exit code.</summary>
    public static int Execute(string path, string directory, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        using var store = HuntStore.Open(path, readOnly: true);
        string file;
        try
        {
            file = HuntReport.Write(store, directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write the report into '{directory}': {ex.Message}");
            return ExitCodes.StoreUnwritable;
        }
        stdout.WriteLine($"wrote {file} and {string.Join(", ", HuntReport.PlotFiles)}");
        return ExitCodes.Success;
    }
}
