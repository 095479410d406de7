using ResNetProofs.Cli;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary><c>verify</c> re-proves a certified verdict from its record alone (enclosures, no refinement).</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("verify-").FullName;

    private static string Regression(string theorem, string file) =>
        Path.Combine(Path.GetDirectoryName(ExampleFiles.Directory)!, "tests", "ResNetProofs.Tests", "Theorems", "Regressions", theorem, file);

    private string CheckJson(string theorem, string file)
    {
        var (_, stdout, _) = CliRun.Run("check", theorem, Regression(theorem, file), "--json");
        string path = Path.Combine(_dir, theorem + ".json");
        File.WriteAllText(path, stdout);
        return path;
    }

    [Theory]
    [InlineData("planted.every-critical-point-beats-linear", "strict-saddle-worse-than-linear.json")]
    [InlineData("planted.fully-connected-local-minima-beat-linear", "spurious-local-minimum-one-tanh-unit.json")]
    [InlineData("planted.first-order-certificate-without-block-term", "property-shrunk-seed-20261123.json")]
    [InlineData("planted.rademacher-half-constant", "property-shrunk-seed-20261123.json")]
    public void A_certified_planted_refutation_is_verified_from_its_check_record(string theorem, string file)
    {
        var (code, stdout, stderr) = CliRun.Run("verify", CheckJson(theorem, file));

        Assert.True(code == ExitCodes.Success, stdout + stderr);
        Assert.Contains("VERIFIED", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_whose_verdict_was_altered_is_not_verified()
    {
        string path = CheckJson("planted.every-critical-point-beats-linear", "strict-saddle-worse-than-linear.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"verdict\": \"Counterexample\"", "\"verdict\": \"Confirmed\"", StringComparison.Ordinal));

        var (code, stdout, _) = CliRun.Run("verify", path);

        Assert.Equal(ExitCodes.NotReproduced, code);
        Assert.Contains("NOT VERIFIED", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_exits_3_with_one_line()
    {
        string path = Path.Combine(_dir, "junk.json");
        File.WriteAllText(path, "not json");

        var (code, _, stderr) = CliRun.Run("verify", path);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
