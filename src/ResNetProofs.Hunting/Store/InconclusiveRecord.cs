namespace ResNetProofs.Hunting.Store;

/// <summary>An Inconclusive case among the best-scored of its theorem: where a human should look.</summary>
/// <param name="TheoremId">The theorem.</param>
/// <param name="Score">Its score.</param>
/// <param name="CaseIndex">The global case index.</param>
/// <param name="Phase">"random" or "climb".</param>
/// <param name="Explanation">The verdict's one-line explanation (which gate or check was undecided).</param>
/// <param name="EvidenceJson">The verdict with its evidence.</param>
/// <param name="InstanceJson">The judged instance.</param>
/// <param name="Descriptor">The generator descriptor.</param>
public sealed record InconclusiveRecord(string TheoremId, double Score, long CaseIndex, string Phase, string Explanation, string EvidenceJson, string InstanceJson, string Descriptor);
