using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Generators;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Cases;

/// <summary>
/// How a theorem judged on its own evidence is hunted: a bounded generator of described values (the property suite's), its
/// shrinker, the measures shrinking lowers, and the judge (evidence built from the value, the theorem's typed <c>Judge</c>).
/// Evidence cases are explored only: there is no mutation for them, so a hunt never climbs on them. A case is a pure
/// function of its <see cref="EvidenceOrigin"/>: <see cref="Regenerate"/> draws it again and follows its shrink path.
/// </summary>
public sealed class EvidenceCaseSource
{
    private readonly Func<EvidenceCase, IEnumerable<EvidenceCase>> _shrink;
    private readonly Func<EvidenceCase, Verdict> _judge;

    private EvidenceCaseSource(string theoremId, string aim, Gen<EvidenceCase> cases, Func<EvidenceCase, IEnumerable<EvidenceCase>> shrink, Func<EvidenceCase, Verdict> judge)
    {
        TheoremId = theoremId;
        Aim = aim;
        Cases = cases;
        _shrink = shrink;
        _judge = judge;
    }

    /// <summary>The theorem attacked.</summary>
    public string TheoremId { get; }

    /// <summary>One line: what the generator draws and how each case is judged.</summary>
    public string Aim { get; }

    /// <summary>The cases (origin not yet set: <see cref="Draw"/> sets it).</summary>
    public Gen<EvidenceCase> Cases { get; }

    /// <summary>
    /// A source for <paramref name="theoremId"/> over <paramref name="values"/> (shrunk by <paramref name="shrink"/>, measured by
    /// <paramref name="size"/>), each judged by <paramref name="judge"/>.
    /// </summary>
    public static EvidenceCaseSource Create<T>(string theoremId, string aim, Gen<Described<T>> values, Func<Described<T>, IEnumerable<Described<T>>> shrink,
        Func<T, EvidenceSize> size, Func<T, Verdict> judge)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(shrink);
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(judge);
        var none = new EvidenceOrigin(0, -1, 0, 1, 0, []);
        EvidenceCase Wrap(Described<T> d, EvidenceOrigin origin) => new(theoremId, d, d.Descriptor.With("theorem", theoremId), size(d.Value), origin);
        return new EvidenceCaseSource(theoremId, aim, values.Select(d => Wrap(d, none)),
            c => shrink((Described<T>)c.Value).Select((d, i) => Wrap(d, c.Origin.Then(i))),
            c => judge(((Described<T>)c.Value).Value));
    }

    /// <summary>The FsCheck arbitrary: <see cref="Cases"/> with <see cref="Shrink"/>.</summary>
    public Arbitrary<EvidenceCase> Arbitrary => Arb.From(Cases, Shrink);

    /// <summary>Case <paramref name="index"/> of the hunt with <paramref name="seed"/>, drawn at FsCheck size <paramref name="size"/> (state from <see cref="CaseSeeds.FsCheckState"/>).</summary>
    public EvidenceCase Draw(ulong seed, long index, int size)
    {
        var state = CaseSeeds.FsCheckState(seed, index);
        var origin = new EvidenceOrigin(seed, index, state.Seed, state.Gamma, size, []);
        return Gen.Sample(Cases, 1, state, size)[0] with { Origin = origin };
    }

    /// <summary>The case of <paramref name="origin"/>: drawn again from its FsCheck state and size, then shrunk along its shrink path.</summary>
    /// <exception cref="ArgumentException">The shrink path names a candidate the shrinker does not offer (a changed generator).</exception>
    public EvidenceCase Regenerate(EvidenceOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var current = Gen.Sample(Cases, 1, new Rnd(origin.FsCheckSeed, origin.FsCheckGamma), origin.GeneratorSize)[0]
            with { Origin = origin with { ShrinkPath = [] } };
        foreach (int step in origin.ShrinkPath)
        {
            current = Shrink(current).Skip(step).FirstOrDefault()
                ?? throw new ArgumentException($"shrink path step {step} is not offered by the shrinker of {TheoremId} (the generator changed since the finding was stored)", nameof(origin));
        }
        return current;
    }

    /// <summary>Smaller cases (the generator's shrinker), lazily; candidate i records i in its shrink path.</summary>
    public IEnumerable<EvidenceCase> Shrink(EvidenceCase value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _shrink(value);
    }

    /// <summary>The theorem's verdict on the case (evidence built from the value; float runs may be NotCertified, never a Counterexample).</summary>
    public Verdict Judge(EvidenceCase value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _judge(value);
    }
}
