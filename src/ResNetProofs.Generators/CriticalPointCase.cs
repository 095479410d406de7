using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Generators;

/// <summary>
/// A refinement outcome, never hidden: the start case, the descent steps and options used, the <see cref="RefinementResult"/>,
/// and the instance at the refined θ. Only <see cref="Converged"/> cases are certified critical points; the others are the
/// explicit "refinement failed" outcome that properties count.
/// </summary>
/// <param name="Start">The instance case refinement started from (θ₀ = its parameters).</param>
/// <param name="DescentSteps">Gradient-descent steps taken before Newton (drawn, e.g. 0, 20 or 200).</param>
/// <param name="Options">The refinement options used (with <paramref name="DescentSteps"/>).</param>
/// <param name="Refinement">The refinement record: stop reason, note, history.</param>
/// <param name="Instance">The start's data, model and loss at the refined θ (the start θ when the refined one is not finite).</param>
/// <param name="Descriptor">The start's descriptor as a part, with the descent steps and the stop reason.</param>
public sealed record CriticalPointCase(
    InstanceCase Start,
    int DescentSteps,
    NewtonRefinementOptions Options,
    RefinementResult Refinement,
    Instance Instance,
    Descriptor Descriptor)
{
    /// <summary>True when the refinement stopped as Converged (‖∇R‖₂ ≤ tolerance, no drift).</summary>
    public bool Converged => Refinement.StopReason == RefinementStopReason.Converged;

    /// <summary>Why the refinement stopped.</summary>
    public RefinementStopReason StopReason => Refinement.StopReason;

    /// <summary>"Converged/… after k iterations, ‖∇R‖ = g ← descriptor".</summary>
    public override string ToString() =>
        $"{StopReason} after {Refinement.Iterations} iterations ({DescentSteps} descent), ‖∇R‖ = {Refinement.GradientNorm:G3}, R = {Refinement.Value:G6}: {Start}";
}
