using ResNetProofs.InstanceFiles;

namespace ResNetProofs.Cli;

/// <summary>
/// The process exit codes of <c>resnetproofs</c>. Codes 2 and 3 come with a one-line "error: …" message on stderr and
/// never a stack trace.
/// </summary>
public static class ExitCodes
{
    /// <summary>0: the command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// 1: an unexpected exception, i.e. a bug; stderr gets "error: internal error: …" followed by the exception. Also
    /// <c>replay</c>'s "the finding did not reproduce" (<see cref="NotReproduced"/>), with the difference on stdout.
    /// </summary>
    public const int InternalError = 1;

    /// <summary>
    /// 2: bad arguments: a System.CommandLine parse error (unknown option, missing argument), an unknown command (with the
    /// nearest one suggested), or an option value rejected by its validator ("--name VALUE: problem (expected …)").
    /// </summary>
    public const int BadArguments = 2;

    /// <summary>3: bad input file: missing, unreadable, not JSON, or not a valid instance (an InstanceFormatException).</summary>
    public const int BadInput = 3;

    /// <summary>4: numeric failure: the input is valid but the numbers are not usable (e.g. R or ∇R overflowed to ±∞/NaN).</summary>
    public const int NumericFailure = 4;

    /// <summary>5: the theorem does not speak about this instance (wrong model kind, an output bias it excludes, …); the message says why.</summary>
    public const int Inapplicable = 5;

    /// <summary>6: <c>check</c> judged the instance a Counterexample (the verdict is printed as usual).</summary>
    public const int Counterexample = 6;

    /// <summary>1 (from <c>replay</c>): the replayed verdict or its key numbers differ from the record; the difference is printed.</summary>
    public const int NotReproduced = 1;

    /// <summary>7: the store path cannot be created, read or written (a directory in the way, no permission, a missing parent that cannot be made).</summary>
    public const int StoreUnwritable = 7;

    /// <summary>8: the store was written by another schema version of the hunter.</summary>
    public const int StoreIncompatible = 8;

    /// <summary>9: the store file is corrupt or not a hunt store; it is left untouched.</summary>
    public const int StoreCorrupt = 9;

    /// <summary>10: the store already holds a hunt (no --resume), --resume was given different settings, or merge inputs are from different hunts.</summary>
    public const int StoreConflict = 10;

    /// <summary>11: the store file or the finding id does not exist.</summary>
    public const int NotFound = 11;

    /// <summary>
    /// 12: the instance is valid but too large for the command's dense path: its P×P curvature matrices would need more
    /// memory than --max-memory (default: the memory available), or P exceeds the dense eigensolver's limit (3000).
    /// Refused before anything of size P² is allocated.
    /// </summary>
    public const int TooLarge = 12;

    /// <summary>The exit code of a hunt input problem: unknown theorem, malformed budget or invalid setting → 2, store problems → 7–11.</summary>
    public static int For(ResNetProofs.Hunting.Session.HuntError error) => error switch
    {
        ResNetProofs.Hunting.Session.HuntError.StoreUnwritable => StoreUnwritable,
        ResNetProofs.Hunting.Session.HuntError.StoreIncompatible => StoreIncompatible,
        ResNetProofs.Hunting.Session.HuntError.StoreCorrupt => StoreCorrupt,
        ResNetProofs.Hunting.Session.HuntError.StoreConflict => StoreConflict,
        ResNetProofs.Hunting.Session.HuntError.StoreMissing or ResNetProofs.Hunting.Session.HuntError.UnknownFinding => NotFound,
        _ => BadArguments,
    };
}
