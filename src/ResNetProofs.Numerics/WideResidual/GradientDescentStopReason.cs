namespace ResNetProofs.Numerics.WideResidual;

/// <summary>Why a <see cref="WideResidualGradientDescent"/> run ended; none of them is an exception.</summary>
public enum GradientDescentStopReason
{
    /// <summary>L_t ≤ the target loss.</summary>
    ReachedTarget,

    /// <summary>The step budget was used up with L_t above the target.</summary>
    StepLimit,

    /// <summary>L_t grew above 1e6·max(1, L_0): the step size was too large for this network.</summary>
    Diverged,

    /// <summary>A loss, gradient or Gram entry became NaN or ±∞.</summary>
    NonFinite,
}
