namespace ResNetProofs.Hunting.Search;

/// <summary>What a climb step changes in its parent's start instance.</summary>
public enum MutationKind
{
    /// <summary>θ moved by Gaussian noise (σ ∈ {0.01, 0.1, 0.5}), rounded to 3 decimals.</summary>
    StartPoint,

    /// <summary>One sample moved, duplicated with noise, or dropped (targets move only for losses with real targets).</summary>
    Dataset,

    /// <summary>One width, projection width or inner depth ±1 (admissible for the architecture's purpose); θ transferred, new entries drawn.</summary>
    Architecture,
}
