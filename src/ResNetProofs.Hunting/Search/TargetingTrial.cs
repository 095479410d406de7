namespace ResNetProofs.Hunting.Search;

/// <summary>One run of a targeting comparison: a seed, targeted or random, and when its first Counterexample came.</summary>
/// <param name="Seed">The hunt seed.</param>
/// <param name="Targeted">Whether climbing was on.</param>
/// <param name="CasesToFirst">Cases judged up to and including the first Counterexample, or null if none came within the budget.</param>
/// <param name="SecondsToFirst">Case-seconds (summed over workers) up to the first Counterexample, or the whole budget's if none came.</param>
/// <param name="Counterexamples">Counterexamples within the whole budget.</param>
public sealed record TargetingTrial(ulong Seed, bool Targeted, long? CasesToFirst, double SecondsToFirst, long Counterexamples);
