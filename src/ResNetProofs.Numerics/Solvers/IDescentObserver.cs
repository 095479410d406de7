namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Watches a <see cref="FixedStepDescent"/> run from inside: called at θ_t just before the step θ_{t+1} = θ_t − η∇F(θ_t)
/// and again at θ_{t+1} after it has been evaluated. The spans are the solver's own buffers, valid only during the call.
/// </summary>
public interface IDescentObserver
{
    /// <summary>At θ_t, after every stop test passed; return false to stop with <see cref="ExitCondition.StoppedByObserver"/> instead of stepping.</summary>
    bool BeforeStep(int iteration, ReadOnlySpan<double> theta, double value, ReadOnlySpan<double> gradient);

    /// <summary>At θ_{t+1} (<paramref name="iteration"/> = t + 1), with F and ∇F just evaluated there.</summary>
    void AfterStep(int iteration, ReadOnlySpan<double> theta, double value, ReadOnlySpan<double> gradient);
}
