namespace ResNetProofs.Studies;

/// <summary>How one run of the Safran–Shamir study ended.</summary>
public enum SafranShamirOutcome
{
    /// <summary>Converged (every block gradient ≤ tolerance) with F below the non-global threshold.</summary>
    Global,

    /// <summary>Converged with F ≥ the non-global threshold (paper: 10⁻³): a non-global minimum in the paper's sense.</summary>
    NonGlobal,

    /// <summary>The step budget ran out before convergence (counted apart, never as non-global).</summary>
    Budget,

    /// <summary>The gradient norm kept exceeding the divergence threshold after every allowed restart.</summary>
    Diverged,
}
