using ResNetProofs.Cases;
using ResNetProofs.Hunting.Session;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Theorems;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Tests.Hunting;

/// <summary>Every catalogue theorem has a hunt case source; the evidence sources (Liu, Gulcu, planted) draw cases their theorem judges, regenerated exactly from their origin.</summary>
public sealed class EvidenceCasesTests
{
    /// <summary>The seven ids judged on their own evidence.</summary>
    private static readonly string[] EvidenceIds =
    [
        "gulcu.jacobian-full-rank", "gulcu.linear-convergence", "liu2019.plain-cnn-can-fail", "liu2019.shortcut-escapes", "liu2019.spurious-optimum",
        "planted.gulcu-width-one", "planted.plain-cnn-always-reaches-global-optimum",
    ];

    public static TheoryData<string> Sources() => new(EvidenceIds);

    [Fact]
    public void Every_catalogue_theorem_has_exactly_one_case_source_and_all_selects_them_all()
    {
        var catalogue = TheoremCatalog.All.Select(t => t.Id).Order(StringComparer.Ordinal).ToList();

        Assert.All(catalogue, id => Assert.True(TheoremCases.For(id) is null != TheoremCases.EvidenceFor(id) is null, $"{id}: not exactly one case source"));
        Assert.Equal(EvidenceIds, TheoremCases.Evidence.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(catalogue, TheoremSelection.Resolve("all"));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_drawn_evidence_case_is_one_its_theorem_judges(string theoremId)
    {
        var source = TheoremCases.EvidenceFor(theoremId)!;
        var theorem = TheoremCatalog.TryGet(theoremId)!;

        for (int k = 0; k < 3; k++)
        {
            var c = source.Draw(seed: 1, index: k, size: 30);
            var verdict = source.Judge(c);

            Assert.Equal(theoremId, c.TheoremId);
            Assert.Equal(theoremId, verdict.TheoremId);
            // Soundness: a float run of a proven statement is at worst Inconclusive, never a Counterexample.
            Assert.True(theorem.Status == TheoremStatus.PlantedFalse || verdict.Kind != VerdictKind.Counterexample, $"{c.Descriptor}: {verdict.Explanation}");
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_case_and_its_first_shrink_are_regenerated_from_their_stored_record(string theoremId)
    {
        var source = TheoremCases.EvidenceFor(theoremId)!;
        var drawn = source.Draw(seed: 3, index: 11, size: 80);
        var shrunk = source.Shrink(drawn).FirstOrDefault() ?? drawn;

        foreach (var c in new[] { drawn, shrunk })
        {
            var (theorem, generator, origin) = EvidenceCaseJson.TryRead(EvidenceCaseJson.Write(c))!.Value;
            var again = source.Regenerate(origin);

            Assert.Equal(theoremId, theorem);
            Assert.Equal(c.Generator, generator);
            Assert.Equal(c.Descriptor.ToString(), again.Descriptor.ToString());
            Assert.Equal(c.Size, again.Size, (a, b) => a.ToString() == b.ToString());
        }
        Assert.Equal(drawn.Origin.ShrinkPath.Count + (ReferenceEquals(shrunk, drawn) ? 0 : 1), shrunk.Origin.ShrinkPath.Count);
    }

    [Fact]
    public void An_instance_file_is_not_read_as_an_evidence_case_record() =>
        Assert.Null(EvidenceCaseJson.TryRead(File.ReadAllText(Path.Combine(Instances.ExampleFiles.Directory, "yun2019-example1.json"))));
}
