using System.Text.RegularExpressions;

namespace ResNetProofs.Tests.Architecture;

/// <summary>
/// The design card: an F#-interop-free suite. No C# file of ours names a type from FSharp.Core (FsCheck brings the
/// assembly; we use only its C# face, FsCheck.Fluent and the C# extension methods).
/// </summary>
public sealed partial class NoFSharpTypesTests
{
    [Fact]
    public void No_csharp_file_names_an_FSharp_type()
    {
        var offenders = CSharpFiles().Where(f => FSharpName().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(Root, f)).ToList();

        Assert.True(offenders.Count == 0, "these C# files name F# types: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_scan_reads_the_sources_of_every_project()
    {
        var projects = CSharpFiles().Select(f => Path.GetRelativePath(Root, f).Split(Path.DirectorySeparatorChar)[..2]).Select(p => string.Join('/', p)).Distinct().ToList();

        Assert.Contains("src/ResNetProofs.Numerics", projects);
        Assert.Contains("properties/ResNetProofs.Properties", projects);
        Assert.Contains("tests/ResNetProofs.Tests", projects);
    }

    [Theory]
    [InlineData("using Microsoft" + ".FSharp.Core;")]
    [InlineData("FSharp" + "Option<int>.None")]
    [InlineData("static FSharp" + "List<string> xs;")]
    [InlineData("FSharp" + "Func<int, bool> f")]
    public void The_pattern_catches_the_usual_spellings(string line) => Assert.Matches(FSharpName(), line);

    private static readonly string Root = Path.GetDirectoryName(Instances.ExampleFiles.Directory)!; // the repository root

    /// <summary>Every .cs file under src/, properties/ and tests/, outside bin/ and obj/.</summary>
    private static IEnumerable<string> CSharpFiles() =>
        new[] { "src", "properties", "tests" }
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(Root, top), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    // The namespace, or the F# core collection/function/option types by name (split so this file does not match itself).
    [GeneratedRegex(@"Microsoft\.F" + @"Sharp|\bF" + @"Sharp(Func|List|Option|ValueOption|Map|Set|Ref|Choice|Async)\b")]
    private static partial Regex FSharpName();
}
