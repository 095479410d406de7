namespace ResNetProofs.Numerics.Baselines;

/// <summary>Why <see cref="LinearBaseline.Minimize"/> stopped, and what that says about attainment of R_lin.</summary>
public enum LinearBaselineStatus
{
    /// <summary>Squared loss: minimum-norm least squares t* = A⁺y, exact up to rounding; attained.</summary>
    ClosedForm,

    /// <summary>Newton stopped and a minimiser is certified to exist within a small ball of the returned point; attained.</summary>
    Converged,

    /// <summary>Logistic loss, the returned (t, b) satisfies y_i(tᵀx_i + b) &gt; 0 for all i (margins checked against rounding): R(s·t, s·b) → 0, so R_lin = 0 is an infimum, not attained.</summary>
    Separable,

    /// <summary>‖t‖ kept growing, R kept falling, and the Newton step stays long at the last point: no minimiser (e.g. quasi-complete separation); Value is the last R reached.</summary>
    Diverging,

    /// <summary>The gradient test was met but neither attainment nor divergence could be certified.</summary>
    Uncertified,

    /// <summary>No damped step decreased R any further, and attainment could not be certified.</summary>
    Stalled,

    /// <summary>The iteration cap was reached without a certificate.</summary>
    IterationLimit,
}
