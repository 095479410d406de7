using ResNetProofs.Hunting.Session;

namespace ResNetProofs.Cli.Hunting;

/// <summary>An <see cref="IProgress{T}"/> that keeps only the latest report (read by the live view or the status-line timer).</summary>
public sealed class LatestProgress : IProgress<HuntProgress>
{
    private volatile HuntProgress? _latest;

    /// <summary>The latest report, or null before the first round ends.</summary>
    public HuntProgress? Latest => _latest;

    /// <summary>Keeps <paramref name="value"/>.</summary>
    public void Report(HuntProgress value) => _latest = value;
}
