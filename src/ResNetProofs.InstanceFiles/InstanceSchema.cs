using ResNetProofs.Numerics.Models;

namespace ResNetProofs.InstanceFiles;

/// <summary>
/// Names and limits of the instance file format "resnetproofs.instance/1" (specified in docs/instance-schema.md).
/// </summary>
public static class InstanceSchema
{
    /// <summary>The value of the top-level "schema" field that this reader and writer understand.</summary>
    public const string Id = "resnetproofs.instance/1";

    /// <summary>Model kind of <see cref="DeepResNet"/>.</summary>
    public const string DeepResNetKind = "deep-resnet";

    /// <summary>Model kind of <see cref="SingleBlockResNet"/>.</summary>
    public const string SingleBlockResNetKind = "single-block-resnet";

    /// <summary>Model kind of <see cref="OneHiddenLayerNetwork"/>.</summary>
    public const string OneHiddenLayerKind = "one-hidden-layer";

    /// <summary>Every model kind an instance file may name, in documentation order.</summary>
    public static IReadOnlyList<string> ModelKinds { get; } = [DeepResNetKind, SingleBlockResNetKind, OneHiddenLayerKind];

    /// <summary>
    /// Largest parameter count P an instance may declare (10⁷, i.e. 80 MB for θ alone): a guard against a typo such as
    /// "width": 1000000 allocating gigabytes, far above the sizes the exact full Hessian can handle anyway.
    /// </summary>
    public const long MaxParameters = 10_000_000;
}
