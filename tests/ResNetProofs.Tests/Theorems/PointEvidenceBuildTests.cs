using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Instances;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Papers.Yun2019;

namespace ResNetProofs.Tests.Theorems;

/// <summary>
/// <see cref="PointEvidence.Build"/>, the one library entry for an instance: θ as given without refinement options, the refined θ
/// (and its record) with them; and the typed catalogue that only hands out theorems for the evidence asked for.
/// </summary>
public sealed class PointEvidenceBuildTests
{
    private static Instance Example() => InstanceReader.Read(ExampleFiles.Path("random-softplus-single-block.json"));

    [Fact]
    public void Without_refinement_options_the_evidence_is_at_theta_as_given()
    {
        var instance = Example();

        var evidence = PointEvidence.Build(instance);

        Assert.Equal(instance.Parameters, evidence.Theta);
        Assert.Null(evidence.Refinement);
    }

    [Fact]
    public void With_refinement_options_the_evidence_is_at_the_point_Newton_refinement_reaches()
    {
        var instance = Example();
        var options = NewtonRefinementOptions.Default with { DescentSteps = 5 };
        var independent = NewtonRefinement.Refine(instance.CreateRisk(), instance.Parameters, options);

        var evidence = PointEvidence.Build(instance, options);

        Assert.Equal(independent.Theta.ToArray(), evidence.Theta);
        Assert.Equal(independent.StopReason, evidence.Refinement!.StopReason);
    }

    [Fact]
    public void The_catalogue_hands_out_a_theorem_only_for_the_evidence_it_is_judged_on()
    {
        Assert.NotNull(TheoremCatalog.TryGet<PointEvidence>("shamir2018.local-minima"));
        Assert.Null(TheoremCatalog.TryGet<PointEvidence>("liu2019.shortcut-escapes"));
        Assert.NotNull(TheoremCatalog.TryGet<ShortcutEscapeEvidence>("liu2019.shortcut-escapes"));
    }

    [Fact]
    public void The_two_Rademacher_entries_are_one_implementation_with_constants_e_squared_and_one_half()
    {
        var constants = TheoremCatalog.All.OfType<RademacherBoundTheorem>().ToDictionary(t => t.Id, t => t.Constant);

        Assert.Equal(new Dictionary<string, double> { ["planted.rademacher-half-constant"] = 0.5, ["yun2019.rademacher"] = Math.E * Math.E }, constants);
    }
}
