namespace ResNetProofs.Numerics.Models;

/// <summary>
/// Shape and shortcut of the non-overlapping CNN f(Z; w, a) = Σ_j (a_j + β)·relu(Z_jᵀw) + γ·Σ_j Z_jᵀw with Z = [Z_1 … Z_k] ∈ R^{p×k},
/// w ∈ R^p, a ∈ R^k; parameters are packed θ = (w, a) ∈ R^{p+k}.
/// </summary>
public sealed record CnnArchitecture
{
    /// <summary>
    /// An architecture with patch dimension p ≥ 1 and k ≥ 1 patches; <paramref name="shortcutWeight"/> is the shortcut's weight c
    /// (β or γ of the form; null for the averaging weight 1/k), finite; ignored by <see cref="ShortcutForm.None"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">p or k is below 1, the form is not defined, or the weight is not finite.</exception>
    public CnnArchitecture(int patchDimension, int patches, ShortcutForm shortcut = ShortcutForm.AveragePooledPreActivation, double? shortcutWeight = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(patchDimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(patches, 1);
        if (!Enum.IsDefined(shortcut))
        {
            throw new ArgumentOutOfRangeException(nameof(shortcut), shortcut, "unknown shortcut form");
        }
        if (shortcutWeight is { } c && !double.IsFinite(c))
        {
            throw new ArgumentOutOfRangeException(nameof(shortcutWeight), c, "the shortcut weight must be finite");
        }
        PatchDimension = patchDimension;
        Patches = patches;
        Shortcut = shortcut;
        ExplicitShortcutWeight = shortcut == ShortcutForm.None ? null : shortcutWeight;
    }

    /// <summary>p, the dimension of each patch Z_j and of the filter w.</summary>
    public int PatchDimension { get; }

    /// <summary>k, the number of non-overlapping patches (and of second-layer weights a_j).</summary>
    public int Patches { get; }

    /// <summary>The shortcut form (β, γ).</summary>
    public ShortcutForm Shortcut { get; }

    /// <summary>The weight given at construction, or null for the averaging weight 1/k (always null without a shortcut).</summary>
    public double? ExplicitShortcutWeight { get; }

    /// <summary>c, the shortcut's weight: <see cref="ExplicitShortcutWeight"/>, or 1/k by default (the average pooling); 0 without a shortcut.</summary>
    public double ShortcutWeight => Shortcut == ShortcutForm.None ? 0.0 : ExplicitShortcutWeight ?? 1.0 / Patches;

    /// <summary>P = p + k, the length of θ = (w, a).</summary>
    public int ParameterCount => PatchDimension + Patches;

    /// <summary>β, added to every a_j in front of relu(Z_jᵀw): c (default 1/k) for <see cref="ShortcutForm.AveragePooledActivation"/>, else 0.</summary>
    public double Beta => Shortcut == ShortcutForm.AveragePooledActivation ? ShortcutWeight : 0.0;

    /// <summary>γ, the weight of the linear path Σ_j Z_jᵀw: c (default 1/k) for <see cref="ShortcutForm.AveragePooledPreActivation"/>, else 0.</summary>
    public double Gamma => Shortcut == ShortcutForm.AveragePooledPreActivation ? ShortcutWeight : 0.0;

    /// <summary>This shape with another shortcut form and weight (null: the averaging weight 1/k).</summary>
    public CnnArchitecture WithShortcut(ShortcutForm shortcut, double? shortcutWeight = null) => new(PatchDimension, Patches, shortcut, shortcutWeight);

    /// <summary>f(Z; w, a) for one input Z given as k patches of length p (patches[j] = Z_j).</summary>
    public double Output(ReadOnlySpan<double> w, ReadOnlySpan<double> a, IReadOnlyList<double[]> patches)
    {
        ArgumentNullException.ThrowIfNull(patches);
        double f = 0;
        for (int j = 0; j < Patches; j++)
        {
            double u = 0;
            var z = patches[j];
            for (int i = 0; i < PatchDimension; i++)
            {
                u += z[i] * w[i];
            }
            f += ((a[j] + Beta) * Math.Max(0, u)) + (Gamma * u);
        }
        return f;
    }
}
