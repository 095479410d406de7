using ResNetProofs.Studies;
using Spectre.Console;

namespace ResNetProofs.Cli.Progress;

/// <summary>
/// Shows the progress of a long job on stderr: a Spectre.Console progress bar when stderr is an interactive terminal,
/// otherwise a <see cref="ThrottledStatus"/> line every <see cref="PlainEvery"/>.
/// </summary>
public static class JobProgress
{
    /// <summary>The interval of plain status lines.</summary>
    public static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="job"/>, handing it the progress callback; returns its result.</summary>
    public static T Run<T>(string title, TextWriter stderr, Func<Action<StudyProgress>, T> job)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(job);
        // Spectre's own detection looks at stdout, which a user may redirect (> table.md) while stderr stays on the terminal.
        if (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes });
            if (console.Profile.Capabilities.Ansi)
            {
                return console.Progress().AutoClear(false).Start(ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(title), maxValue: 1);
                    var result = job(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                    });
                    task.Value = task.MaxValue;
                    return result;
                });
            }
        }
        var status = new ThrottledStatus(stderr, PlainEvery);
        return job(status.Report);
    }
}
