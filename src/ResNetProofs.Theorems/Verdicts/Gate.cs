namespace ResNetProofs.Theorems.Verdicts;

/// <summary>
/// A soundness gate: a precondition for trusting the numbers at all (the refinement converged, no ReLU kink at a data
/// point, a baseline minimiser exists). A failed gate makes the verdict Inconclusive, never Counterexample.
/// </summary>
/// <param name="Name">Short name, e.g. "refinement converged".</param>
/// <param name="Passed">Whether the precondition holds.</param>
/// <param name="Detail">The numbers behind it, e.g. "stop reason Stalled: ‖∇R‖ = 3e−7 after 200 iterations".</param>
public sealed record Gate(string Name, bool Passed, string Detail)
{
    /// <summary>One line: "name: passed|FAILED (detail)".</summary>
    public string Describe() => $"{Name}: {(Passed ? "passed" : "FAILED")} ({Detail})";
}
