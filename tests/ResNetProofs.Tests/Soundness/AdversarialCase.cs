using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Tests.Soundness;

/// <summary>One claim of an instance's truth and whether the independent (exact or closed-form) check confirmed it.</summary>
/// <param name="Claim">The claim, e.g. "∇R(θ) = 0 exactly".</param>
/// <param name="Holds">Whether the check confirmed it.</param>
/// <param name="Detail">The exact numbers behind it.</param>
public sealed record TruthCheck(string Claim, bool Holds, string Detail);

/// <summary>
/// A named adversarial instance of the soundness catalogue: where it sits (family), what it is, its independently verified
/// truth in words, the instance itself, whether `check --refine` should also be exercised on it, and the checks that verify
/// the truth (exact rational arithmetic where the network is piecewise polynomial; closed forms otherwise).
/// </summary>
/// <param name="Name">Stable name, e.g. "w0-saddle/single-block/relu/d1".</param>
/// <param name="Family">The boundary it probes: w0-saddle, linear-critical, tie, off-critical, kink, coverage, saturated.</param>
/// <param name="Description">What the instance is.</param>
/// <param name="Truth">Its verified truth and the honest verdict it implies for true theorems.</param>
/// <param name="Instance">The instance (data, model, loss, θ).</param>
/// <param name="Refine">Whether the refinement path (NewtonRefinement then PointEvidence with the record) is also judged.</param>
/// <param name="Verify">Runs the independent checks of <paramref name="Truth"/>.</param>
public sealed record AdversarialCase(string Name, string Family, string Description, string Truth, Instance Instance, bool Refine, Func<IReadOnlyList<TruthCheck>> Verify)
{
    /// <summary>The name (xunit shows it in theory rows).</summary>
    public override string ToString() => Name;
}
