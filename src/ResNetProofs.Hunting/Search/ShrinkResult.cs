using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Search;

/// <summary>The smallest counterexample found by shrinking, judged again, with what the shrink cost and why it stopped.</summary>
/// <typeparam name="TCase">An instance case (<see cref="Cases.TheoremCase"/>) or an evidence case (<see cref="Cases.EvidenceCase"/>, whose origin holds the shrink path).</typeparam>
/// <param name="Case">The shrunk case (the original when no candidate was still a counterexample).</param>
/// <param name="Verdict">Its verdict (a Counterexample).</param>
/// <param name="Steps">Accepted shrink steps.</param>
/// <param name="CandidatesJudged">Candidates judged in all.</param>
/// <param name="Seconds">Wall-clock time spent.</param>
/// <param name="Stop">Why shrinking stopped: "local minimum" (no smaller candidate is a counterexample), "candidate limit" or "time box".</param>
public sealed record ShrinkResult<TCase>(TCase Case, Verdict Verdict, int Steps, int CandidatesJudged, double Seconds, string Stop);
