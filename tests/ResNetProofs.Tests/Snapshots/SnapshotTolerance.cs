using System.Globalization;

namespace ResNetProofs.Tests.Snapshots;

/// <summary>
/// How far a pinned double may move: |new − old| ≤ max(Absolute, Relative·max(|old|, |new|)). Integers and text are always
/// compared exactly; this applies only to numbers written as doubles.
/// </summary>
public sealed record SnapshotTolerance(double Absolute, double Relative)
{
    /// <summary>The default for a snapshot: 1e−12 relative, no absolute floor (a few ulps of 16-digit arithmetic over short sums).</summary>
    public static SnapshotTolerance Tight { get; } = new(0, 1e-12);

    /// <summary>True when <paramref name="received"/> is within this tolerance of <paramref name="verified"/>.</summary>
    public bool Admits(double verified, double received)
    {
        if (verified == received)
        {
            return true;
        }
        double difference = Math.Abs(received - verified);
        double scale = Math.Max(Math.Abs(verified), Math.Abs(received));
        return difference <= Math.Max(Absolute, Relative * scale);
    }

    /// <summary>"abs 1e-09, rel 1e-06".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"abs {Absolute:G3}, rel {Relative:G3}");
}
