namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// What <see cref="CriticalPointCertifier"/> proved near a floating-point θ̃. When <see cref="Exists"/>, the box
/// <see cref="Box"/> (θ̃ + N·[−r, r]^q, N an orthonormal basis of the complement of the symmetry tangents) contains a
/// true critical point θ* with ∇R(θ*) = 0, unique on that slice (Krawczyk), and every enclosure below holds at θ*.
/// Otherwise <see cref="Reason"/> says which step failed, and nothing about θ* is claimed.
/// </summary>
public sealed record CriticalPointCertificate
{
    /// <summary>True when a critical point θ* is proved to lie in <see cref="Box"/>.</summary>
    public required bool Exists { get; init; }

    /// <summary>Why the proof succeeded or which step failed, in one line.</summary>
    public required string Reason { get; init; }

    /// <summary>r, the half-width of the slice box in slice coordinates (∞-norm); NaN when no box was tried.</summary>
    public required double Radius { get; init; }

    /// <summary>An upper bound on ‖θ − θ̃‖₂ over the box (how far θ* can be from θ̃).</summary>
    public required double Distance { get; init; }

    /// <summary>q = P − (number of symmetry tangents fixed by the slice), the slice dimension.</summary>
    public required int SliceDimension { get; init; }

    /// <summary>The symmetry directions removed by the slice, and the transversality margin that proves the slice
    /// meets every nearby orbit (σ_min[N | T(θ̃)] against the tangents' variation over the box).</summary>
    public required string Gauge { get; init; }

    /// <summary>The box of θ (length P) that contains θ*; empty when nothing was proved.</summary>
    public required Interval[] Box { get; init; }

    /// <summary>R over the box: contains R(θ*).</summary>
    public required Interval Risk { get; init; }

    /// <summary>∇²R over the box (P×P): contains ∇²R(θ*); null when the proof stopped before computing it.</summary>
    public IntervalMatrix? Hessian { get; init; }

    /// <summary>A certified lower bound on λ_min(Nᵀ∇²R(θ*)N), the Hessian on the slice (−∞ when none).</summary>
    public required double SliceMinEigenvalueLowerBound { get; init; }

    /// <summary>A certified lower bound on λ_min(∇²R(θ*)) over the full parameter space (−∞ when none).</summary>
    public required double MinEigenvalueLowerBound { get; init; }

    /// <summary>The negative-curvature witness v (length P, unit) tried, or null.</summary>
    public double[]? Witness { get; init; }

    /// <summary>Encloses vᵀ∇²R(θ*)v for the witness v (Hi &lt; 0 proves a strict saddle); Entire without witness.</summary>
    public required Interval WitnessCurvature { get; init; }

    /// <summary>θ* interpolates the data with a loss whose minimum 0 is attained at p = y: R(θ*) = 0 = min R (a global, possibly non-strict, minimum).</summary>
    public bool IsGlobalMinimum { get; init; }

    /// <summary>θ* is a strict local minimum of R: the slice Hessian is certified positive definite (and the gauge is transverse).</summary>
    public bool IsStrictLocalMinimum => Exists && SliceMinEigenvalueLowerBound > 0;

    /// <summary>θ* is a strict saddle: a witness v has vᵀ∇²R(θ*)v certified &lt; 0.</summary>
    public bool IsStrictSaddle => Exists && WitnessCurvature.Hi < 0;
}
