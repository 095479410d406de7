using ResNetProofs.Generators;

namespace ResNetProofs.Hunting.Search;

/// <summary>A climbing parent: a case's start instance, how it was refined, and its score.</summary>
/// <param name="Score">The case's <see cref="HuntScore"/>.</param>
/// <param name="CaseIndex">The global index of the case that produced it (ties between equal scores go to the lower index).</param>
/// <param name="Start">The start instance that mutations change.</param>
/// <param name="DescentSteps">Descent steps before Newton for refined cases; null when the theorem is judged at the drawn θ.</param>
public sealed record PoolEntry(double Score, long CaseIndex, InstanceCase Start, int? DescentSteps);
