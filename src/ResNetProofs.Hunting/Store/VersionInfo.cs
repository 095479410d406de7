using System.Reflection;
using System.Text.Json.Nodes;

namespace ResNetProofs.Hunting.Store;

/// <summary>What produced a finding: the git commit (when known), package versions, the MathNet provider, the dense linear-algebra provider with its thread count, and the runtime.</summary>
public static class VersionInfo
{
    private static readonly Lazy<string> Cached = new(Build);

    /// <summary>The versions as compact JSON (computed once per process).</summary>
    public static string Json => Cached.Value;

    /// <summary>
    /// The git commit of the build: the "+sha" suffix the SDK stamps into the informational version when it builds from a
    /// git checkout (Source Link's SourceRevisionId); null for a build outside git (no run-time walk of .git).
    /// </summary>
    public static string? GitCommit()
    {
        string? info = typeof(VersionInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        int plus = info?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        return plus >= 0 && plus < info!.Length - 1 ? info[(plus + 1)..] : null;
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
