using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ResNetProofs.Hunting.Store;

/// <summary>
/// The stable id of a finding: the first 10 hex digits of SHA-256 of its readable key <c>theorem/seed/case/phase</c>, the
/// four values that define it. It does not depend on the row a store gave it, so it is the same in a resumed store, an
/// uninterrupted one, a 2-worker one and a merged one.
/// </summary>
public static class FindingId
{
    /// <summary>Hex digits in an id (40 bits: a collision among the few thousand findings a bounded store holds has probability below 1e−5).</summary>
    public const int Length = 10;

    /// <summary>The readable key <c>theorem/seed/case/phase</c>, e.g. <c>planted.rademacher-half-constant/7/12/random</c>.</summary>
    public static string Key(string theoremId, ulong seed, long caseIndex, string phase) =>
        string.Create(CultureInfo.InvariantCulture, $"{theoremId}/{seed}/{caseIndex}/{phase}");

    /// <summary>The short id: the first <see cref="Length"/> lowercase hex digits of SHA-256(<see cref="Key"/>).</summary>
    public static string Of(string theoremId, ulong seed, long caseIndex, string phase) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key(theoremId, seed, caseIndex, phase))))[..Length];

    /// <summary>True when <paramref name="text"/> has the shape of a short id (exactly <see cref="Length"/> hex digits).</summary>
    public static bool LooksLikeId(string text) =>
        text is not null && text.Length == Length && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F');
}
