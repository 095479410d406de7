namespace ResNetProofs.Tests.Instances;

/// <summary>The committed example instances, found by walking up from the test binaries to the repository root.</summary>
public static class ExampleFiles
{
    public static string Directory { get; } = Locate();

    public static string Path(string name) => System.IO.Path.Combine(Directory, name);

    /// <summary>Every examples/*.json file name, for theories.</summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (string file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetFileName(file));
        }
        return data;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ResNetProofs.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "examples");
            }
        }
        throw new InvalidOperationException($"no ResNetProofs.sln above {AppContext.BaseDirectory}");
    }
}
