namespace ResNetProofs.Generators;

/// <summary>Which model an <see cref="ArchitectureSpec"/> builds.</summary>
public enum ArchitectureKind
{
    /// <summary>Yun et al.'s deep ResNet (<see cref="Numerics.Models.DeepResNet"/>), L ≥ 1 blocks.</summary>
    DeepResNet,

    /// <summary>Shamir's single block (<see cref="Numerics.Models.SingleBlockResNet"/>).</summary>
    SingleBlock,

    /// <summary>A one-hidden-layer network (<see cref="Numerics.Models.OneHiddenLayerNetwork"/>).</summary>
    OneHiddenLayer,
}
