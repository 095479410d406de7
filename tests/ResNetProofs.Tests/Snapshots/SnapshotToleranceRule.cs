using System.Text.RegularExpressions;

namespace ResNetProofs.Tests.Snapshots;

/// <summary>
/// A per-field tolerance: every double whose JSON path matches <see cref="Pattern"/> uses <see cref="Tolerance"/>.
/// In the pattern, <c>*</c> matches within one path segment (no '.') and <c>**</c> matches across segments, so
/// <c>$.cases[*].resnet.**</c> covers every field under each case's "resnet" object.
/// </summary>
public sealed record SnapshotToleranceRule(string Pattern, SnapshotTolerance Tolerance, string Reason)
{
    private readonly Regex _regex = Compile(Pattern);

    /// <summary>True when <paramref name="path"/> (e.g. <c>$.cases[2].resnet.R</c>) matches the pattern in full.</summary>
    public bool Matches(string path) => _regex.IsMatch(path);

    private static Regex Compile(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        string escaped = Regex.Escape(pattern).Replace(@"\*\*", "\u0001", StringComparison.Ordinal).Replace(@"\*", "[^.]*", StringComparison.Ordinal).Replace("\u0001", ".*", StringComparison.Ordinal);
        return new Regex("^" + escaped + "$", RegexOptions.CultureInvariant);
    }
}
