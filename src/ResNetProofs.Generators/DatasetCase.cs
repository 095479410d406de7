using ResNetProofs.Numerics.Data;

namespace ResNetProofs.Generators;

/// <summary>A generated dataset with how it was made: input distribution, target kind, degenerate case and descriptor.</summary>
/// <param name="Data">The dataset (finite, |x| ≤ <see cref="Datasets.ScaledInputBound"/>, |y| ≤ <see cref="Datasets.TargetBound"/>).</param>
/// <param name="Inputs">How the inputs were drawn.</param>
/// <param name="Targets">How the targets were made.</param>
/// <param name="Degenerate">The degenerate case applied, or None.</param>
/// <param name="Descriptor">Generator name, parameters and size.</param>
public sealed record DatasetCase(Dataset Data, InputDistribution Inputs, TargetKind Targets, DegenerateCase Degenerate, Descriptor Descriptor)
{
    /// <summary>"n×d inputs/targets/degenerate ← descriptor".</summary>
    public override string ToString() => $"dataset {Data.Count}×{Data.Dimension} ({Inputs}, {Targets}, {Degenerate}) ← {Descriptor}";
}
