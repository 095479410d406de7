namespace ResNetProofs.Hunting.Store;

/// <summary>One judged case as stored (every case, not only findings): for statistics, merges and plots.</summary>
/// <param name="Index">The global case index.</param>
/// <param name="TheoremId">The theorem.</param>
/// <param name="Phase">"random" or "climb".</param>
/// <param name="Verdict">Confirmed, Vacuous, Counterexample, Inconclusive, Inapplicable or Error.</param>
/// <param name="Margin">The conclusion's margin, or null.</param>
/// <param name="Score">The case's score, or null.</param>
/// <param name="RefinementFailed">True when a refinement ran and did not converge.</param>
/// <param name="Seconds">Wall-clock seconds of the case.</param>
public sealed record CaseRow(long Index, string TheoremId, string Phase, string Verdict, double? Margin, double? Score, bool RefinementFailed, double Seconds);
