using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ResNetProofs.Cli;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Studies.Benchmarks;
using ResNetProofs.Numerics.Derivatives;

namespace ResNetProofs.Tests.Architecture;

/// <summary>
/// The dependency rules of style.md, read from each assembly's metadata references: Numerics → MathNet; InstanceFiles →
/// Numerics (and the runtime's System.Text.Json); Theorems → Numerics; Generators → Numerics, FsCheck; Cases (the case
/// sources) → Theorems, Generators; Hunting → Cases, InstanceFiles (and Microsoft.Data.Sqlite, ScottPlot for the report's
/// plots); Studies (studies and benchmarks) → Theorems (and ScottPlot); Cli → Hunting, Studies (and System.CommandLine,
/// Spectre.Console); the property suite → Cases, InstanceFiles (and xunit, FsCheck.Xunit), never Hunting, so it does not
/// carry SQLite or ScottPlot. "→" is "may reference", closed transitively (Cli may use Numerics types);
/// anything else of ours or any other package is forbidden. The compiler drops unused references, so a rule can hold
/// with fewer references than allowed; what it must never show is a forbidden one.
/// </summary>
public sealed class DependencyRuleTests
{
    private const string Numerics = "ResNetProofs.Numerics";
    private const string InstanceFiles = "ResNetProofs.InstanceFiles";
    private const string Theorems = "ResNetProofs.Theorems";
    private const string Generators = "ResNetProofs.Generators";
    private const string Cases = "ResNetProofs.Cases";
    private const string Hunting = "ResNetProofs.Hunting";
    private const string Studies = "ResNetProofs.Studies";
    private const string Cli = "resnetproofs"; // the Cli project's AssemblyName
    private const string Properties = "ResNetProofs.Properties"; // not referenced by this project: read from its build output

    /// <summary>Direct "may reference" rules; packages are named by assembly (FsCheck brings FSharp.Core).</summary>
    private static readonly Dictionary<string, string[]> Rules = new()
    {
        [Numerics] = ["MathNet.Numerics"],
        [InstanceFiles] = [Numerics],
        [Theorems] = [Numerics],
        [Generators] = [Numerics, "FsCheck", "FSharp.Core"],
        [Cases] = [Theorems, Generators],
        [Hunting] = [Cases, InstanceFiles, "Microsoft.Data.Sqlite", "Microsoft.Data.Sqlite.Core", "SQLitePCLRaw.core", "ScottPlot"],
        [Studies] = [Theorems, "ScottPlot"],
        [Cli] = [Hunting, Studies, "System.CommandLine", "Spectre.Console", "Spectre.Console.Ansi"],
        [Properties] = [Cases, InstanceFiles, "FsCheck.Xunit.v3", "xunit.v3.core", "xunit.v3.assert", "xunit.v3.common", "xunit.v3.runner.inproc.console", "xunit.v3.runner.common", "xunit.v3.mtp-v2"],
    };

    /// <summary>Package assemblies whose names look like the runtime's; they count as dependencies, not as the runtime.</summary>
    private static readonly HashSet<string> PackagesNamedLikeRuntime = ["System.CommandLine", "Microsoft.Data.Sqlite", "Microsoft.Data.Sqlite.Core"];

    public static TheoryData<string> OurAssemblies => new(Rules.Keys);

    [Theory]
    [MemberData(nameof(OurAssemblies))]
    public void Assembly_references_only_what_its_rule_allows(string name)
    {
        var forbidden = Violations(References(name), Allowed(name));

        Assert.True(forbidden.Count == 0, $"{name} references {string.Join(", ", forbidden)}; allowed: {string.Join(", ", Allowed(name).Order())}");
    }

    [Fact]
    public void Numerics_reference_to_MathNet_is_visible_so_the_references_are_really_read()
    {
        var references = References(Numerics);

        Assert.Contains("MathNet.Numerics", references);
    }

    [Fact]
    public void InstanceFiles_reference_to_Numerics_is_visible_and_Numerics_no_longer_reads_json()
    {
        var instanceFiles = References(InstanceFiles);
        var numerics = References(Numerics);

        Assert.Contains(Numerics, instanceFiles);
        Assert.Contains("System.Text.Json", instanceFiles);
        Assert.DoesNotContain("System.Text.Json", numerics);
    }

    [Fact]
    public void Property_suite_references_are_read_from_its_build_output()
    {
        var references = References(Properties);

        Assert.Contains(Cases, references);
        Assert.DoesNotContain(Hunting, references);
    }

    [Fact]
    public void The_check_flags_the_test_assembly_under_the_Numerics_rule()
    {
        // The test assembly references xunit and every project above Numerics: the check must name them.
        var forbidden = Violations(typeof(DependencyRuleTests).Assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList(), Allowed(Numerics));

        Assert.Contains(Cli, forbidden);
        Assert.Contains(forbidden, r => r.StartsWith("xunit", StringComparison.Ordinal));
    }

    [Fact]
    public void Typed_anchors_load_the_same_assemblies_as_the_names()
    {
        Assert.Equal(Numerics, typeof(EmpiricalRisk).Assembly.GetName().Name);
        Assert.Equal(InstanceFiles, typeof(InstanceReader).Assembly.GetName().Name);
        Assert.Equal(Studies, typeof(DerivativeBenchmark).Assembly.GetName().Name);
        Assert.Equal(Cli, typeof(Program).Assembly.GetName().Name);
    }

    /// <summary>The transitive closure of the rule of <paramref name="name"/> (its own direct rule and theirs).</summary>
    private static HashSet<string> Allowed(string name)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Rules[name]);
        while (pending.Count > 0)
        {
            string next = pending.Pop();
            if (allowed.Add(next) && Rules.TryGetValue(next, out var further))
            {
                foreach (string f in further)
                {
                    pending.Push(f);
                }
            }
        }
        return allowed;
    }

    /// <summary>The names in <paramref name="references"/> that are neither runtime assemblies nor in <paramref name="allowed"/>.</summary>
    private static List<string> Violations(IReadOnlyList<string> references, HashSet<string> allowed) =>
        references
            .Where(r => !IsRuntime(r) && !allowed.Contains(r))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The shared framework: System, System.*, Microsoft.*, mscorlib, netstandard, except packages named like it.</summary>
    private static bool IsRuntime(string name) =>
        !PackagesNamedLikeRuntime.Contains(name)
        && (name is "System" or "mscorlib" or "netstandard"
            || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", StringComparison.Ordinal));

    /// <summary>
    /// The assembly references of one of ours: loaded by name from this test's output, or, for the property suite (which
    /// this project does not reference), read from the metadata of its build output beside ours (same configuration).
    /// </summary>
    private static List<string> References(string name)
    {
        if (name != Properties)
        {
            return Assembly.Load(new AssemblyName(name)).GetReferencedAssemblies().Select(r => r.Name!).ToList();
        }
        using var pe = new PEReader(File.OpenRead(PropertiesAssemblyPath()));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }

    /// <summary>properties/ResNetProofs.Properties/bin/&lt;configuration&gt;/&lt;tfm&gt;/ResNetProofs.Properties.dll, mirrored from this test's own output path.</summary>
    private static string PropertiesAssemblyPath()
    {
        string ours = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        string marker = Path.Combine("tests", "ResNetProofs.Tests", "bin");
        int at = ours.LastIndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the test output {ours} is not under {marker}");
        string path = Path.Combine(ours[..at], "properties", Properties, "bin", ours[(at + marker.Length + 1)..], Properties + ".dll");
        Assert.True(File.Exists(path), $"the property suite's build output {path} is missing (the test project builds it first)");
        return path;
    }
}
