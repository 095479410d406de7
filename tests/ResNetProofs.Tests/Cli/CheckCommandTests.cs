using System.Text.Json;
using ResNetProofs.Cli;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary><c>check</c> and <c>theorems</c>: verdicts on bundled instances, and clear errors with their exit codes.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void First_order_certificate_is_confirmed_on_example1()
    {
        var (code, stdout, stderr) = CliRun.Run("check", "shamir2018.first-order-certificate", ExampleFiles.Path("yun2019-example1.json"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        Assert.StartsWith("shamir2018.first-order-certificate: CONFIRMED", stdout);
    }

    [Fact]
    public void Single_block_theorem_on_example1_is_vacuous_because_theta2_is_not_critical()
    {
        var (code, stdout, _) = CliRun.Run("check", "yun2019.single-block", ExampleFiles.Path("yun2019-example1.json"), "--json");

        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("Vacuous", root.GetProperty("verdict").GetString());
        Assert.Equal("critical point", root.GetProperty("hypotheses")[0].GetProperty("name").GetString());
        Assert.Equal("Fails", root.GetProperty("hypotheses")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public void Check_with_refine_judges_the_saddle_at_w_near_zero_inconclusive_not_a_counterexample()
    {
        // Newton from the file's θ converges (8 iterations) to a saddle with ‖w‖ ≈ 4e−13 and R = 0.667 > R_lin = 0.132:
        // in substance w = 0, where the corollary says nothing, so w ≠ 0 is undecided rather than a refuting hypothesis.
        var (code, stdout, _) = CliRun.Run("check", "yun2019.single-block", ExampleFiles.Path("random-softplus-single-block.json"), "--refine", "--json");

        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(ExitCodes.Success, code);
        Assert.True(root.GetProperty("gates")[0].GetProperty("passed").GetBoolean());
        Assert.Equal("Inconclusive", root.GetProperty("verdict").GetString());
        Assert.Equal("HypothesisUndecided", root.GetProperty("reason").GetString());
        Assert.InRange(root.GetProperty("numbers").GetProperty("R - R_lin").GetDouble(), 0.5, 0.6);
    }

    [Fact]
    public void A_counterexample_exits_6()
    {
        string file = Path.Combine(Path.GetDirectoryName(ExampleFiles.Directory)!, "tests", "ResNetProofs.Tests", "Theorems", "Regressions",
            "planted.every-critical-point-beats-linear", "strict-saddle-worse-than-linear.json");

        var (code, stdout, _) = CliRun.Run("check", "planted.every-critical-point-beats-linear", file);

        Assert.Equal(ExitCodes.Counterexample, code);
        Assert.StartsWith("planted.every-critical-point-beats-linear: COUNTEREXAMPLE", stdout);
    }

    [Fact]
    public void The_hunt_found_sgd_tweak_case_with_crossed_bracket_ends_is_judged_not_an_internal_error()
    {
        // Found by the hunter (seed 20261123, case 61070): the Frank–Wolfe bound exceeded the feasible value by one ulp,
        // and BracketedCheck threw. Crossed ends within rounding are now rounding.
        string file = Path.Combine(Path.GetDirectoryName(ExampleFiles.Directory)!, "docs", "hunt-findings", "shamir2018-sgd-tweak-empty-bracket.json");

        var (code, stdout, stderr) = CliRun.Run("check", "shamir2018.sgd-tweak", file);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        Assert.StartsWith("shamir2018.sgd-tweak: CONFIRMED", stdout);
    }

    [Fact]
    public void Unknown_theorem_exits_2_and_lists_the_known_ids()
    {
        var (code, stdout, stderr) = CliRun.Run("check", "shamir2018.nonsense", ExampleFiles.Path("yun2019-example1.json"));

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Empty(stdout);
        Assert.StartsWith("error: unknown theorem 'shamir2018.nonsense'; known ids: ", stderr);
        Assert.Contains("yun2019.deep-critical-points", stderr);
    }

    [Fact]
    public void Missing_file_exits_3()
    {
        var (code, stdout, stderr) = CliRun.Run("check", "yun2019.single-block", "no-such-file.json");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.StartsWith("error: ", stderr);
        Assert.Contains("no-such-file.json", stderr);
    }

    [Fact]
    public void Theorem_that_does_not_apply_exits_5_with_the_reason()
    {
        var (code, _, stderr) = CliRun.Run("check", "yun2019.deep-critical-points", ExampleFiles.Path("random-logistic-tanh.json"));

        Assert.Equal(ExitCodes.Inapplicable, code);
        Assert.Contains("needs a deep-resnet model; the instance has a one-hidden-layer", stderr);
    }

    [Fact]
    public void Theorem_judged_on_other_evidence_exits_5_naming_that_evidence()
    {
        var (code, stdout, stderr) = CliRun.Run("check", "liu2019.shortcut-escapes", ExampleFiles.Path("yun2019-example1.json"));

        Assert.Equal((ExitCodes.Inapplicable, ""), (code, stdout));
        Assert.Contains("judged on ShortcutEscapeEvidence, not on an instance file", stderr);
    }

    [Fact]
    public void Theorems_lists_every_catalogue_entry_with_its_status()
    {
        var (code, stdout, _) = CliRun.Run("theorems", "--json");

        var entries = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(ResNetProofs.Theorems.TheoremCatalog.All.Count, entries.Count);
        Assert.Contains(entries, e => e.GetProperty("id").GetString() == "yun2019.deep-critical-points.unconditioned" && e.GetProperty("status").GetString() == "open conjecture");
    }

    public static TheoryData<string, string> EveryTheoremOnEveryExample()
    {
        var data = new TheoryData<string, string>();
        foreach (var theorem in ResNetProofs.Theorems.TheoremCatalog.All)
        {
            foreach (string file in Directory.GetFiles(ExampleFiles.Directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!)
            {
                data.Add(theorem.Id, file!);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTheoremOnEveryExample))]
    public void Check_judges_or_declines_every_bundled_example_with_a_parseable_verdict(string theorem, string file)
    {
        bool planted = ResNetProofs.Theorems.TheoremCatalog.TryGet(theorem)!.Status == ResNetProofs.Theorems.TheoremStatus.PlantedFalse;

        var (code, stdout, stderr) = CliRun.Run("check", theorem, ExampleFiles.Path(file), "--json");

        // Only a deliberately false statement may be refuted by a bundled example (exit 6).
        Assert.Contains(code, planted ? new[] { ExitCodes.Success, ExitCodes.Inapplicable, ExitCodes.Counterexample } : new[] { ExitCodes.Success, ExitCodes.Inapplicable });
        if (code != ExitCodes.Inapplicable)
        {
            var root = JsonDocument.Parse(stdout).RootElement;
            Assert.Equal(theorem, root.GetProperty("theorem").GetString());
            Assert.Equal(code == ExitCodes.Counterexample, root.GetProperty("verdict").GetString() == "Counterexample");
        }
        else
        {
            Assert.StartsWith($"error: {theorem} does not apply to ", stderr);
        }
    }
}
