namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// Counts full-Hessian evaluations (<see cref="EmpiricalRisk.Hessian"/>) from <see cref="Start"/> until disposal, so a test can
/// check that nothing recomputes ∇²R. The active counter is an <see cref="AsyncLocal{T}"/>: it flows into tasks started inside
/// its scope and is invisible to other threads' flows, so tests running in parallel never count each other's evaluations.
/// Outside any scope nothing is counted; nested counters each count.
/// </summary>
public sealed class HessianEvaluationCounter : IDisposable
{
    private static readonly AsyncLocal<HessianEvaluationCounter?> Active = new();
    private readonly HessianEvaluationCounter? _outer;
    private int _count;

    private HessianEvaluationCounter()
    {
        _outer = Active.Value;
        Active.Value = this;
    }

    /// <summary>Starts counting in the current execution flow (and the tasks it starts).</summary>
    public static HessianEvaluationCounter Start() => new();

    /// <summary>Full Hessians evaluated in this flow since <see cref="Start"/>.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Records one evaluation in every active counter of the current flow.</summary>
    internal static void Record()
    {
        for (var counter = Active.Value; counter is not null; counter = counter._outer)
        {
            Interlocked.Increment(ref counter._count);
        }
    }

    /// <summary>Stops counting: the enclosing counter (if any) becomes active again.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(Active.Value, this))
        {
            Active.Value = _outer;
        }
    }
}
