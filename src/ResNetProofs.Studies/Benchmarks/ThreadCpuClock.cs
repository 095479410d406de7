using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ResNetProofs.Studies.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so a measurement is not
/// inflated by other processes on a shared machine; elsewhere, the process's total CPU time.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>True when the per-thread clock is available (else <see cref="Milliseconds"/> is process-wide).</summary>
    public static bool PerThread { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>CPU milliseconds consumed so far by the calling thread (or the process, see <see cref="PerThread"/>).</summary>
    public static double Milliseconds() =>
        PerThread && TryRead(out double ms) ? ms : Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static bool TryRead(out double milliseconds)
    {
        try
        {
            var spec = default(TimeSpec);
            if (ClockGetTime(ClockThreadCpuTimeId, ref spec) == 0)
            {
                milliseconds = (spec.Seconds * 1e3) + (spec.Nanoseconds * 1e-6);
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }
        milliseconds = 0;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, ref TimeSpec spec);
}
