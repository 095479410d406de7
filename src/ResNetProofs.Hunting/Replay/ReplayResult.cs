namespace ResNetProofs.Hunting.Replay;

/// <summary>The outcome of replaying a finding: whether it reproduced, and every difference found.</summary>
/// <param name="Reproduced">True when every replayed verdict kind matches and its key numbers agree within tolerance.</param>
/// <param name="Lines">One line per comparison ("original: Counterexample = Counterexample, margin … vs …") and per difference.</param>
/// <param name="Differences">The differences only (empty when reproduced).</param>
public sealed record ReplayResult(bool Reproduced, IReadOnlyList<string> Lines, IReadOnlyList<string> Differences);
