using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Support;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Shamir2018;
using ResNetProofs.Theorems.Papers.Yun2019;
using ResNetProofs.Theorems.Planted;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Theorems;

/// <summary>
/// The planted false statements are refuted (Counterexample) on constructed instances, while the true theorems they
/// distort are not; each refuting instance is pinned as a JSON regression case under Theorems/Regressions/.
/// </summary>
public sealed class PlantedStatementTests
{
    [Fact]
    public void Strict_saddle_worse_than_linear_refutes_every_critical_point_beats_linear()
    {
        var verdict = new EveryCriticalPointBeatsLinear().Judge(new PointEvidence(ConstructedInstances.StrictSaddleWorseThanLinear()));

        Assert.Equal(VerdictKind.Counterexample, verdict.Kind);
        // R = mean(y²) = 2 and R_lin = 2 − (Σxy)²/(nΣx²) = 2 − 25/42 exactly.
        Assert.Equal(25.0 / 42, -verdict.Conclusion.Margin, 12);
    }

    [Fact]
    public void The_same_strict_saddle_confirms_yun2019_through_its_escape_clause()
    {
        var at = new PointEvidence(ConstructedInstances.StrictSaddleWorseThanLinear());

        var verdict = new DeepCriticalPointsTheorem().Judge(at);

        Assert.Equal(VerdictKind.Confirmed, verdict.Kind);
        Assert.Equal(CheckOutcome.Fails, verdict.Conclusion.AnyOf[0].Outcome);
        Assert.Equal(CheckOutcome.Holds, verdict.Conclusion.AnyOf[1].Outcome);
    }

    [Fact]
    public void Spurious_local_minimum_of_a_one_unit_tanh_network_refutes_the_fully_connected_statement()
    {
        var start = ConstructedInstances.SpuriousLocalMinimumStart();
        var refinement = NewtonRefinement.Refine(start.CreateRisk(), start.Parameters);
        var refined = With(start, [.. refinement.Theta]);

        var verdict = new FullyConnectedLocalMinimaBeatLinear().Judge(new PointEvidence(refined, refinement));

        Assert.Equal(RefinementStopReason.Converged, refinement.StopReason);
        Assert.Equal(VerdictKind.Counterexample, verdict.Kind);
        Assert.InRange(-verdict.Conclusion.Margin, 0.14, 0.15);
    }

    [Fact]
    public void Dropping_the_block_term_of_the_certificate_is_refuted_at_random_points_where_the_certificate_holds()
    {
        int refuted = 0;
        for (int seed = 1; seed <= 20; seed++)
        {
            var at = new PointEvidence(TheoremInstances.RandomSingleBlock(seed, vScale: 2));
            Assert.Equal(VerdictKind.Confirmed, new FirstOrderCertificateTheorem().Judge(at).Kind);
            if (new CertificateWithoutBlockTerm().Judge(at).Kind == VerdictKind.Counterexample)
            {
                refuted++;
            }
        }
        // About half the seeds give t*ᵀVb < 0 by a visible amount; at least one must.
        Assert.InRange(refuted, 1, 20);
    }

    public static TheoryData<string> RegressionFiles() => new(Directory.GetFiles(RegressionDirectory, "*.json", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RegressionDirectory, f))
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RegressionFiles))]
    public void Every_pinned_regression_case_is_still_a_counterexample_to_its_theorem(string file)
    {
        string theoremId = Path.GetDirectoryName(file)!;
        var theorem = TheoremCatalog.TryGet<PointEvidence>(theoremId);
        Assert.NotNull(theorem);

        var verdict = theorem.Judge(new PointEvidence(InstanceReader.Read(Path.Combine(RegressionDirectory, file))));

        Assert.Equal((VerdictKind.Counterexample, true), (verdict.Kind, verdict.Certified));
    }

    private static string RegressionDirectory => Path.Combine(Path.GetDirectoryName(Instances.ExampleFiles.Directory)!, "tests", "ResNetProofs.Tests", "Theorems", "Regressions");

    private static Instance With(Instance i, double[] theta) => new(i.Name, i.Description, i.Source, i.Data, i.Model, i.Loss, theta);
}
