namespace ResNetProofs.InstanceFiles;

/// <summary>
/// An instance file that cannot be used: unreadable, not JSON, or JSON that breaks the schema of
/// docs/instance-schema.md. <see cref="Exception.Message"/> reads "&lt;file&gt;: &lt;json path&gt;: &lt;problem&gt;",
/// or "&lt;file&gt;: &lt;problem&gt;" when the problem concerns the file as a whole (<see cref="JsonPath"/> is null).
/// </summary>
public sealed class InstanceFormatException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="jsonPath"/> of <paramref name="file"/>.</summary>
    /// <param name="file">The file name or source name the text came from.</param>
    /// <param name="jsonPath">The JSONPath of the offending value, e.g. "$.data.x[3][1]"; null for a file-level problem (missing, unreadable).</param>
    /// <param name="problem">What is wrong, in one line.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public InstanceFormatException(string file, string? jsonPath, string problem, Exception? innerException = null)
        : base(Compose(file, jsonPath, problem), innerException)
    {
        File = file;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The file name or source name the text came from.</summary>
    public string File { get; }

    /// <summary>The JSONPath of the offending value, e.g. "$.parameters['phi1.W1'][0][0]"; null for a file-level problem.</summary>
    public string? JsonPath { get; }

    /// <summary>What is wrong, in one line.</summary>
    public string Problem { get; }

    private static string Compose(string file, string? jsonPath, string problem) =>
        jsonPath is null ? $"{file}: {problem}" : $"{file}: {jsonPath}: {problem}";
}
