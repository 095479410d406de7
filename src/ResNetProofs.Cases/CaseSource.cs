using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Generators;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Cases;

/// <summary>
/// How a theorem is attacked: a generator of start instances aimed at its hypotheses, and whether each start is judged as
/// drawn (statements at every θ) or first refined to a critical point (after a drawn number of descent steps).
/// Shrinking works on the start and, for refined cases, refines again, so a shrunk counterexample is a real one.
/// </summary>
public sealed class CaseSource
{
    /// <summary>A source for <paramref name="theoremId"/> from start instances; <paramref name="descentSteps"/> null means "judge as drawn".</summary>
    public CaseSource(string theoremId, string aim, Gen<InstanceCase> starts, IReadOnlyList<int>? descentSteps, NewtonRefinementOptions? refinement = null)
    {
        TheoremId = theoremId;
        Aim = aim;
        Starts = starts;
        DescentSteps = descentSteps;
        RefinementOptions = refinement ?? CriticalPoints.DefaultOptions;
    }

    /// <summary>The theorem attacked.</summary>
    public string TheoremId { get; }

    /// <summary>One line: what the generator aims at (e.g. "deep ResNets with Σ m_l &lt; d, critical points after 0/20/200 descent steps").</summary>
    public string Aim { get; }

    /// <summary>The start instances.</summary>
    public Gen<InstanceCase> Starts { get; }

    /// <summary>Descent steps drawn before Newton, or null when the theorem is judged at the drawn θ.</summary>
    public IReadOnlyList<int>? DescentSteps { get; }

    /// <summary>Newton settings for refined cases.</summary>
    public NewtonRefinementOptions RefinementOptions { get; }

    /// <summary>Cases: each start judged as drawn, or refined after a drawn number of descent steps.</summary>
    public Gen<TheoremCase> Cases => DescentSteps is null
        ? Starts.Select(Unrefined)
        : from start in Starts
          from steps in Gen.Elements(DescentSteps.ToArray())
          select Refined(start, steps);

    /// <summary>The FsCheck arbitrary: <see cref="Cases"/> with <see cref="Shrink"/>.</summary>
    public Arbitrary<TheoremCase> Arbitrary => Arb.From(Cases, Shrink);

    /// <summary>
    /// Smaller cases: the start shrunk by <see cref="InstanceShrinker"/> (fewer samples, smaller d, fewer or narrower blocks,
    /// rounder numbers), each refined again with the same descent steps when the theorem is judged at critical points.
    /// </summary>
    public IEnumerable<TheoremCase> Shrink(TheoremCase value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int steps = value.Refinement is null ? 0 : int.Parse(value.Descriptor["descentSteps"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var smaller in InstanceShrinker.Shrink(value.Start))
        {
            yield return value.Refinement is null ? Unrefined(smaller) : Refined(smaller, steps);
        }
    }

    /// <summary>The case of <paramref name="start"/> judged as drawn.</summary>
    public TheoremCase Unrefined(InstanceCase start) =>
        new(TheoremId, start, null, start.Instance, start.Descriptor.With("theorem", TheoremId));

    /// <summary>The case of <paramref name="start"/> refined after <paramref name="descentSteps"/> descent steps.</summary>
    public TheoremCase Refined(InstanceCase start, int descentSteps)
    {
        var point = CriticalPoints.Refine(start, descentSteps, RefinementOptions);
        var descriptor = point.Descriptor.With("theorem", TheoremId).With("descentSteps", descentSteps.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new TheoremCase(TheoremId, start, point.Refinement, point.Instance, descriptor);
    }
}
