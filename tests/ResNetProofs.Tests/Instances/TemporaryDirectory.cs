namespace ResNetProofs.Tests.Instances;

/// <summary>A fresh directory under the system temp folder, deleted on dispose; tests write their input files here.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory() => Path = Directory.CreateTempSubdirectory("resnetproofs-tests-").FullName;

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to a file named <paramref name="name"/> and returns its full path.</summary>
    public string Write(string name, string text)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory is harmless.
        }
    }
}
