namespace ResNetProofs.Generators;

/// <summary>Choices of the instance generators beyond the architecture: losses, parameter kinds and limits.</summary>
public sealed record InstanceOptions
{
    /// <summary>The defaults below.</summary>
    public static InstanceOptions Default { get; } = new();

    /// <summary>Loss names drawn from (LossCatalog names); null means all.</summary>
    public IReadOnlyList<string>? Losses { get; init; }

    /// <summary>Target kinds drawn from, among those the loss accepts (<see cref="Losses.TargetKindsFor"/>); null means all of those.</summary>
    public IReadOnlyList<TargetKind>? TargetKinds { get; init; }

    /// <summary>Parameter-point kinds drawn from; null means all four.</summary>
    public IReadOnlyList<ParameterPointKind>? ParameterKinds { get; init; }

    /// <summary>
    /// When set, every dataset is of this degenerate case where it applies at the drawn d (see <see cref="Datasets.Applicable"/>),
    /// and ordinary elsewhere; null (default) mixes cases in at <see cref="GeneratorLimits.DegenerateOneIn"/>.
    /// </summary>
    public DegenerateCase? ForcedDegenerate { get; init; }

    /// <summary>Shape limits and the degenerate rate.</summary>
    public GeneratorLimits Limits { get; init; } = GeneratorLimits.Default;
}
