using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Solvers;


namespace ResNetProofs.Studies;

/// <summary>
/// Settings of the Safran–Shamir study: for each k in <see cref="Ks"/>, n ∈ {k, k + 1} and each form in <see cref="Forms"/>,
/// <see cref="Runs"/> descents from "Xavier" starts (<see cref="SafranShamirDescent"/>), teacher v_j = e_j in d = k.
/// </summary>
public sealed record SafranShamirStudyOptions
{
    /// <summary>Largest k accepted (P = (k + 2)·k parameters; the paper's table stops at 20).</summary>
    public const int MaxK = 40;

    /// <summary>Most runs per (form, k, n) accepted.</summary>
    public const int MaxRuns = 100_000;

    /// <summary>The teacher sizes k (paper: 6…20).</summary>
    public IReadOnlyList<int> Ks { get; init; } = [.. Enumerable.Range(6, 15)];

    /// <summary>Runs per (form, k, n) (paper: 1000).</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>The seed every start is derived from.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The students (default: plain, linear skip and identity shortcut).</summary>
    public IReadOnlyList<SafranShamirStudent> Forms { get; init; } = [SafranShamirStudent.Plain, SafranShamirStudent.LinearSkip, SafranShamirStudent.IdentityShortcut];

    /// <summary>The descent protocol.</summary>
    public SafranShamirDescentOptions Descent { get; init; } = new();

    /// <summary>A converged run is non-global when F ≥ this (paper: 10⁻³).</summary>
    public double NonGlobalThreshold { get; init; } = 1e-3;

    /// <summary>Two end points are in one family when their sorted invariants differ by at most this (max-abs).</summary>
    public double FamilyTolerance { get; init; } = 1e-5;

    /// <summary>Certify one representative per family (<see cref="TwoLayerReluCertifier"/>).</summary>
    public bool Certify { get; init; } = true;

    /// <summary>Descents in the whole study: |forms| × |ks| × 2 × runs.</summary>
    public long Descents => (long)Forms.Count * Ks.Count * 2 * Runs;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (Ks.Count == 0 || Ks.Any(k => k < 1 || k > MaxK))
        {
            throw new ArgumentException($"every k must lie in [1, {MaxK}] (got {string.Join(",", Ks)})");
        }
        if (Runs < 1 || Runs > MaxRuns)
        {
            throw new ArgumentException($"runs {Runs} outside [1, {MaxRuns}]");
        }
        if (Forms.Count == 0 || Forms.Distinct().Count() != Forms.Count)
        {
            throw new ArgumentException("need at least one student form, each once");
        }
        if (!(NonGlobalThreshold > 0) || !(FamilyTolerance > 0))
        {
            throw new ArgumentException("thresholds must be positive");
        }
        Descent.Validate();
    }
}
