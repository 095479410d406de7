using System.Reflection;
using System.Text.Json.Nodes;

namespace ResNetProofs.Hunting.Store;

/// <summary>What produced a finding: the git commit (when known), package versions, the MathNet provider, the dense linear-algebra provider with its thread count, and the runtime.</summary>
public static class VersionInfo
{
    private static readonly Lazy<string> Cached = new(Build);

    /// <summary>The versions as compact JSON (computed once per process).</summary>
    public static string Json => Cached.Value;

    /// <summary>The git commit of the build (from the informational version's "+sha" suffix, else the working directory's .git), or null.</summary>
    public static string? GitCommit()
    {
        string? info = typeof(VersionInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        int plus = info?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        if (plus >= 0 && info!.Length - plus > 8)
        {
            return info[(plus + 1)..];
        }
        try
        {
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            {
                string dotGit = Path.Combine(dir.FullName, ".git");
                string? gitDir = Directory.Exists(dotGit) ? dotGit
                    : File.Exists(dotGit) && File.ReadAllText(dotGit).Trim() is var line && line.StartsWith("gitdir:", StringComparison.Ordinal)
                        ? Path.GetFullPath(line["gitdir:".Length..].Trim(), dir.FullName) : null;
                if (gitDir is null)
                {
                    continue;
                }
                string head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
                if (!head.StartsWith("ref:", StringComparison.Ordinal))
                {
                    return head;
                }
                string reference = head["ref:".Length..].Trim();
                string common = File.Exists(Path.Combine(gitDir, "commondir"))
                    ? Path.GetFullPath(File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim(), gitDir) : gitDir;
                foreach (string root in new[] { gitDir, common })
                {
                    string file = Path.Combine(root, reference);
                    if (File.Exists(file))
                    {
                        return File.ReadAllText(file).Trim();
                    }
                }
                string packed = Path.Combine(common, "packed-refs");
                return File.Exists(packed) ? File.ReadLines(packed).FirstOrDefault(l => l.EndsWith(" " + reference, StringComparison.Ordinal))?.Split(' ')[0] : null;
            }
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        return null;
    }

    private static string Build()
    {
        static string Version(Type t) => t.Assembly.GetName().Version?.ToString() ?? "?";
        return new JsonObject
        {
            ["gitCommit"] = GitCommit(),
            ["resnetproofs"] = Version(typeof(VersionInfo)),
            ["packages"] = new JsonObject
            {
                ["MathNet.Numerics"] = Version(typeof(MathNet.Numerics.Control)),
                ["FsCheck"] = Version(typeof(FsCheck.Gen<>)),
                ["Microsoft.Data.Sqlite"] = Version(typeof(Microsoft.Data.Sqlite.SqliteConnection)),
            },
            ["mathnetProvider"] = MathNet.Numerics.Providers.LinearAlgebra.LinearAlgebraControl.Provider.ToString(),
            ["linearAlgebra"] = new JsonObject
            {
                ["provider"] = ResNetProofs.Numerics.LinearAlgebra.DenseLinearAlgebra.Provider.ToString(),
                ["threads"] = ResNetProofs.Numerics.LinearAlgebra.DenseLinearAlgebra.Threads,
                ["description"] = ResNetProofs.Numerics.LinearAlgebra.DenseLinearAlgebra.Description,
            },
            ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        }.ToJsonString();
    }
}
