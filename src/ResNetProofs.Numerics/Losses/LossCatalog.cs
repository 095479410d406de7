namespace ResNetProofs.Numerics.Losses;

/// <summary>Looks losses up by their stable <see cref="ILoss.Name"/>.</summary>
public static class LossCatalog
{
    /// <summary>Every known loss name.</summary>
    public static IReadOnlyList<string> Names { get; } = ["squared-mean", "squared-half", "logistic", "log-cosh"];

    /// <summary>Returns the loss with this name, or null if the name is unknown.</summary>
    public static ILoss? TryGet(string name) => name switch
    {
        "squared-mean" => SquaredLoss.Mean,
        "squared-half" => SquaredLoss.Half,
        "logistic" => LogisticLoss.Instance,
        "log-cosh" => LogCoshLoss.Instance,
        _ => null,
    };
}
