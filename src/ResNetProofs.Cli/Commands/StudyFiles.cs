namespace ResNetProofs.Cli.Commands;

/// <summary>The files every study writes: STEM.md, STEM.json and STEM.png in one directory (created if missing).</summary>
public static class StudyFiles
{
    /// <summary>
    /// Writes the three files; on an I/O or path error prints one line "error: cannot write to 'DIR': …" on
    /// <paramref name="stderr"/> and returns false (the caller exits with <see cref="ExitCodes.BadArguments"/>).
    /// </summary>
    public static bool TryWrite(string directory, string stem, string markdown, string json, byte[] png, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, stem + ".md"), markdown);
            File.WriteAllText(Path.Combine(directory, stem + ".json"), json);
            File.WriteAllBytes(Path.Combine(directory, stem + ".png"), png);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write to '{directory}': {ex.Message}");
            return false;
        }
    }
}
