namespace ResNetProofs.Hunting.Session;

/// <summary>What is wrong with a hunt's input; the command line maps each to its own exit code.</summary>
public enum HuntError
{
    /// <summary>A theorem id (or selector) that the catalogue does not know.</summary>
    UnknownTheorem,

    /// <summary>A budget that is neither a duration (30s, 5m, 8h, 1d) nor a positive case count.</summary>
    MalformedBudget,

    /// <summary>A shard that is not K/N with 0 ≤ K &lt; N, or another invalid setting.</summary>
    InvalidSetting,

    /// <summary>The store path cannot be created or written (missing directory, permissions, a directory in the way).</summary>
    StoreUnwritable,

    /// <summary>The store was written by another schema version of the hunter.</summary>
    StoreIncompatible,

    /// <summary>The store file is not a readable hunt store (not SQLite, truncated, or missing its tables).</summary>
    StoreCorrupt,

    /// <summary>The store already holds a hunt and --resume was not given, or --resume was given with different settings.</summary>
    StoreConflict,

    /// <summary>The store file does not exist (for commands that read a store).</summary>
    StoreMissing,

    /// <summary>A finding id that the store does not hold.</summary>
    UnknownFinding,
}
