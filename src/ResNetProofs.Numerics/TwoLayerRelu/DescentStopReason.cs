namespace ResNetProofs.Numerics.TwoLayerRelu;

/// <summary>Why a <see cref="SafranShamirDescent"/> run ended.</summary>
public enum DescentStopReason
{
    /// <summary>Every block gradient norm of the scaled objective reached the tolerance (a critical point to that tolerance).</summary>
    Converged,

    /// <summary>The step budget (over all restarts) ran out first.</summary>
    StepBudget,

    /// <summary>The gradient norm exceeded the divergence threshold after the last allowed restart.</summary>
    Diverged,
}
