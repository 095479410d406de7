namespace ResNetProofs.Numerics.Spectra;

/// <summary>Why <see cref="LanczosEigensolver"/> stopped.</summary>
public enum LanczosStopReason
{
    /// <summary>Both extreme Ritz pairs met β_k·|s_k| ≤ tolerance·‖T_k‖₂.</summary>
    Converged,

    /// <summary>β_k fell to rounding level (or k reached P): the Krylov space is invariant and its Ritz values are eigenvalues.</summary>
    InvariantSubspace,

    /// <summary>The iteration cap was reached first.</summary>
    IterationLimit,

    /// <summary>The product returned a NaN or ∞ entry.</summary>
    NonFiniteProduct,
}
