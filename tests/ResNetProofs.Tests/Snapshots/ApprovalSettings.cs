namespace ResNetProofs.Tests.Snapshots;

/// <summary>
/// Whether this run may approve snapshots. <see cref="Accept"/> comes from RESNETPROOFS_ACCEPT=1 (or "true"), and is
/// forced off when <see cref="Ci"/> (the environment variable CI is "true"): CI never approves, and there a missing
/// verified file is a failure.
/// </summary>
public sealed record ApprovalSettings(bool Accept, bool Ci)
{
    /// <summary>The environment variable that approves received snapshots: <c>RESNETPROOFS_ACCEPT=1 dotnet test</c>.</summary>
    public const string AcceptVariable = "RESNETPROOFS_ACCEPT";

    /// <summary>The settings of this process, read from RESNETPROOFS_ACCEPT and CI.</summary>
    public static ApprovalSettings FromEnvironment() =>
        From(Environment.GetEnvironmentVariable("CI"), Environment.GetEnvironmentVariable(AcceptVariable));

    /// <summary>The settings for these values of CI and RESNETPROOFS_ACCEPT (null when unset): accept only outside CI.</summary>
    public static ApprovalSettings From(string? ci, string? accept)
    {
        bool isCi = IsTrue(ci);
        return new ApprovalSettings(IsTrue(accept) && !isCi, isCi);
    }

    private static bool IsTrue(string? value) =>
        string.Equals(value, "1", StringComparison.Ordinal) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
