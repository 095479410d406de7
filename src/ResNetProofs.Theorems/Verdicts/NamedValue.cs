namespace ResNetProofs.Theorems.Verdicts;

/// <summary>A number carried as evidence with a verdict, e.g. ("R", 0.52) or ("‖∇R‖₂", 3e−12).</summary>
/// <param name="Name">What the number is.</param>
/// <param name="Value">Its value.</param>
public sealed record NamedValue(string Name, double Value);
