using System.CommandLine;

namespace ResNetProofs.Cli.Hunting;

/// <summary>The STORE and ID arguments shared by findings, show, export, replay and report.</summary>
public static class StoreArguments
{
    /// <summary>The STORE argument.</summary>
    public static Argument<string> Store() => new("STORE") { Description = "A hunt store (SQLite file written by 'resnetproofs hunt')." };

    /// <summary>The ID argument.</summary>
    public static Argument<string> Id() => new("ID") { Description = "A finding id: 10 hex digits, a key theorem/seed/case/phase, or a row number (see 'resnetproofs findings STORE')." };

    /// <summary>True when <paramref name="path"/> is a hunt store (an SQLite file) rather than a JSON record: it starts with the SQLite header.</summary>
    public static bool IsSqliteFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var file = File.OpenRead(path);
            var header = new byte[16];
            return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.AsSpan().SequenceEqual("SQLite format 3\0"u8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
