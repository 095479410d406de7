using ResNetProofs.Cases;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Hunting.Search;

/// <summary>The smallest evidence counterexample found by shrinking (its origin holds the shrink path), judged again, with the cost and why it stopped.</summary>
/// <param name="Case">The shrunk case (the original when no candidate was still a counterexample).</param>
/// <param name="Verdict">Its verdict (a Counterexample).</param>
/// <param name="Steps">Accepted shrink steps.</param>
/// <param name="CandidatesJudged">Candidates judged in all.</param>
/// <param name="Seconds">Wall-clock time spent.</param>
/// <param name="Stop">Why shrinking stopped: "local minimum", "candidate limit" or "time box".</param>
public sealed record EvidenceShrinkResult(EvidenceCase Case, Verdict Verdict, int Steps, int CandidatesJudged, double Seconds, string Stop);
