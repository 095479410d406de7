using System.Diagnostics;
using System.Globalization;
using ResNetProofs.Studies;

namespace ResNetProofs.Cli.Progress;

/// <summary>
/// Plain progress for a redirected stream: one line "[done/total, p%] line" for the first report, then at most one per
/// <c>every</c>, and always the last (done = total).
/// </summary>
public sealed class ThrottledStatus
{
    private readonly TextWriter _output;
    private readonly TimeSpan _every;
    private readonly Func<TimeSpan> _clock;
    private TimeSpan? _last;

    /// <summary>Writes to <paramref name="output"/> at most every <paramref name="every"/> of <paramref name="clock"/> (default: a stopwatch started now).</summary>
    public ThrottledStatus(TextWriter output, TimeSpan every, Func<TimeSpan>? clock = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _every = every;
        var watch = Stopwatch.StartNew();
        _clock = clock ?? (() => watch.Elapsed);
    }

    /// <summary>Prints <paramref name="progress"/> when due.</summary>
    public void Report(StudyProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var now = _clock();
        if (_last is { } last && now - last < _every && progress.Done < progress.Total)
        {
            return;
        }
        _last = now;
        double percent = progress.Total == 0 ? 100 : 100.0 * progress.Done / progress.Total;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{progress.Done}/{progress.Total}, {percent:0}%, {now.TotalSeconds:0} s] {progress.Line}"));
        _output.Flush();
    }
}
