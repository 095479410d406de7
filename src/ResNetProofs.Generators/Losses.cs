using FsCheck;
using FsCheck.Fluent;
using ResNetProofs.Numerics.Losses;

namespace ResNetProofs.Generators;

/// <summary>Losses drawn by name from <see cref="LossCatalog"/>, with the target kinds each accepts.</summary>
public static class Losses
{
    /// <summary>A loss drawn uniformly among these catalogue names (default all of <see cref="LossCatalog.Names"/>).</summary>
    /// <exception cref="ArgumentException">A name is unknown to the catalogue, or the list is empty.</exception>
    public static Gen<ILoss> Named(IReadOnlyList<string>? names = null)
    {
        var chosen = (names ?? LossCatalog.Names).ToArray();
        if (chosen.Length == 0)
        {
            throw new ArgumentException("names is empty: give at least one loss name", nameof(names));
        }
        var losses = chosen.Select((n, i) => LossCatalog.TryGet(n) ?? throw new ArgumentException($"names[{i}] is '{n}': not in LossCatalog ({string.Join(", ", LossCatalog.Names)})", nameof(names))).ToArray();
        return Gen.Elements(losses);
    }

    /// <summary>The target kinds that suit the loss: ±1 labels for "logistic"; linear + noise, teacher and random otherwise.</summary>
    public static IReadOnlyList<TargetKind> TargetKindsFor(ILoss loss)
    {
        ArgumentNullException.ThrowIfNull(loss);
        return loss.Name == "logistic"
            ? [TargetKind.Labels]
            : [TargetKind.LinearPlusNoise, TargetKind.Teacher, TargetKind.Random];
    }
}
