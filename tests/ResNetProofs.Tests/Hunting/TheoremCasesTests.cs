using ResNetProofs.Cases;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Tests.Generators;
using ResNetProofs.Theorems;

namespace ResNetProofs.Tests.Hunting;

/// <summary>Every case source names a catalogue theorem and draws instances that theorem applies to.</summary>
public sealed class TheoremCasesTests
{
    public static TheoryData<string> Sources() => new(TheoremCases.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_drawn_case_is_one_its_theorem_applies_to(string theoremId)
    {
        var theorem = TheoremCatalog.TryGet<ResNetProofs.Theorems.Evidence.PointEvidence>(theoremId);
        Assert.NotNull(theorem);

        foreach (var c in Sampling.Sample(TheoremCases.For(theoremId)!.Cases, 6, size: 30))
        {
            Assert.Equal(theoremId, c.TheoremId);
            Assert.Null(theorem.Inapplicable(c.Evidence()));
        }
    }

    [Fact]
    public void Every_theorem_without_a_case_source_is_judged_on_its_own_evidence_not_on_instances()
    {
        // Theorems about training runs (Liu 2019, Gulcu) are not theorems on instances; all others need a case source.
        var examples = Directory.GetFiles(Instances.ExampleFiles.Directory, "*.json")
            .Select(f => new ResNetProofs.Theorems.Evidence.PointEvidence(InstanceReader.Read(f)))
            .ToList();

        var missing = TheoremCatalog.All.OfType<ITheorem<ResNetProofs.Theorems.Evidence.PointEvidence>>()
            .Where(t => TheoremCases.For(t.Id) is null && examples.Any(e => t.Inapplicable(e) is null))
            .Select(t => t.Id)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Shrunk_refined_cases_are_refined_again_on_the_shrunk_start()
    {
        var source = TheoremCases.For("yun2019.single-block")!;
        var c = Sampling.Sample(source.Cases, 1, size: 60)[0];

        var shrunk = source.Shrink(c).First();

        Assert.NotNull(shrunk.Refinement);
        Assert.True(shrunk.Size.IsStrictlySmallerThan(c.Size));
        Assert.Equal(shrunk.Start.Instance.Data.Count, shrunk.Judged.Data.Count);
        Assert.Equal(shrunk.Refinement!.Theta.Count, shrunk.Judged.Parameters.Length);
    }
}
