namespace ResNetProofs.Cli;

/// <summary>
/// The process exit codes of <c>resnetproofs</c>. Codes 2 and 3 come with a one-line "error: …" message on stderr and
/// never a stack trace.
/// </summary>
public static class ExitCodes
{
    /// <summary>0: the command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>1: an unexpected exception, i.e. a bug; stderr gets "error: internal error: …" followed by the exception.</summary>
    public const int InternalError = 1;

    /// <summary>2: bad arguments: a System.CommandLine parse error (unknown command or option, missing argument).</summary>
    public const int BadArguments = 2;

    /// <summary>3: bad input file: missing, unreadable, not JSON, or not a valid instance (an InstanceFormatException).</summary>
    public const int BadInput = 3;

    /// <summary>4: numeric failure: the input is valid but the numbers are not usable (e.g. R or ∇R overflowed to ±∞/NaN).</summary>
    public const int NumericFailure = 4;

    /// <summary>5: the theorem does not speak about this instance (wrong model kind, an output bias it excludes, …); the message says why.</summary>
    public const int Inapplicable = 5;

    /// <summary>6: <c>check</c> judged the instance a Counterexample (the verdict is printed as usual).</summary>
    public const int Counterexample = 6;
}
