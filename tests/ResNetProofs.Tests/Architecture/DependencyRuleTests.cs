using System.Reflection;
using ResNetProofs.Cli;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Studies.Benchmarks;
using ResNetProofs.Numerics.Derivatives;

namespace ResNetProofs.Tests.Architecture;

/// <summary>
/// The dependency rules of style.md, read from each assembly's metadata references: Numerics → MathNet; InstanceFiles →
/// Numerics (and the runtime's System.Text.Json); Theorems → Numerics; Generators → Numerics, FsCheck; Hunting → Theorems,
/// Generators, InstanceFiles (and Microsoft.Data.Sqlite, ScottPlot for the report's plots); Studies (studies and benchmarks)
/// → Theorems (and ScottPlot); Cli → Hunting, Studies (and System.CommandLine, Spectre.Console). "→" is "may reference", closed transitively (Cli may use Numerics types);
/// anything else of ours or any other package is forbidden. The compiler drops unused references, so a rule can hold
/// with fewer references than allowed; what it must never show is a forbidden one.
/// </summary>
public sealed class DependencyRuleTests
{
    private const string Numerics = "ResNetProofs.Numerics";
    private const string InstanceFiles = "ResNetProofs.InstanceFiles";
    private const string Theorems = "ResNetProofs.Theorems";
    private const string Generators = "ResNetProofs.Generators";
    private const string Hunting = "ResNetProofs.Hunting";
    private const string Studies = "ResNetProofs.Studies";
    private const string Cli = "resnetproofs"; // the Cli project's AssemblyName

    /// <summary>Direct "may reference" rules; packages are named by assembly (FsCheck brings FSharp.Core).</summary>
    private static readonly Dictionary<string, string[]> Rules = new()
    {
        [Numerics] = ["MathNet.Numerics"],
        [InstanceFiles] = [Numerics],
        [Theorems] = [Numerics],
        [Generators] = [Numerics, "FsCheck", "FSharp.Core"],
        [Hunting] = [Theorems, Generators, InstanceFiles, "Microsoft.Data.Sqlite", "Microsoft.Data.Sqlite.Core", "SQLitePCLRaw.core", "ScottPlot"],
        [Studies] = [Theorems, "ScottPlot"],
        [Cli] = [Hunting, Studies, "System.CommandLine", "Spectre.Console", "Spectre.Console.Ansi"],
    };

    /// <summary>Package assemblies whose names look like the runtime's; they count as dependencies, not as the runtime.</summary>
    private static readonly HashSet<string> PackagesNamedLikeRuntime = ["System.CommandLine", "Microsoft.Data.Sqlite", "Microsoft.Data.Sqlite.Core"];

    public static TheoryData<string> OurAssemblies => new(Rules.Keys);

    [Theory]
    [MemberData(nameof(OurAssemblies))]
    public void Assembly_references_only_what_its_rule_allows(string name)
    {
        var forbidden = Violations(Load(name), Allowed(name));

        Assert.True(forbidden.Count == 0, $"{name} references {string.Join(", ", forbidden)}; allowed: {string.Join(", ", Allowed(name).Order())}");
    }

    [Fact]
    public void Numerics_reference_to_MathNet_is_visible_so_the_references_are_really_read()
    {
        var references = Load(Numerics).GetReferencedAssemblies().Select(r => r.Name).ToList();

        Assert.Contains("MathNet.Numerics", references);
    }

    [Fact]
    public void InstanceFiles_reference_to_Numerics_is_visible_and_Numerics_no_longer_reads_json()
    {
        var instanceFiles = Load(InstanceFiles).GetReferencedAssemblies().Select(r => r.Name).ToList();
        var numerics = Load(Numerics).GetReferencedAssemblies().Select(r => r.Name).ToList();

        Assert.Contains(Numerics, instanceFiles);
        Assert.Contains("System.Text.Json", instanceFiles);
        Assert.DoesNotContain("System.Text.Json", numerics);
    }

    [Fact]
    public void The_check_flags_the_test_assembly_under_the_Numerics_rule()
    {
        // The test assembly references xunit and every project above Numerics: the check must name them.
        var forbidden = Violations(typeof(DependencyRuleTests).Assembly, Allowed(Numerics));

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

    /// <summary>References of <paramref name="assembly"/> that are neither runtime assemblies nor in <paramref name="allowed"/>.</summary>
    private static List<string> Violations(Assembly assembly, HashSet<string> allowed) =>
        assembly.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(r => !IsRuntime(r) && !allowed.Contains(r))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The shared framework: System, System.*, Microsoft.*, mscorlib, netstandard, except packages named like it.</summary>
    private static bool IsRuntime(string name) =>
        !PackagesNamedLikeRuntime.Contains(name)
        && (name is "System" or "mscorlib" or "netstandard"
            || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", StringComparison.Ordinal));

    /// <summary>Loads one of our assemblies by name (Theorems and Generators have no types yet, so typeof cannot reach them).</summary>
    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
