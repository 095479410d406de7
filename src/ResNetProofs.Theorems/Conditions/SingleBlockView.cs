using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>
/// A model of the single-block form f(x) = wᵀ(x + V F(x)) (+ c): Shamir's <see cref="SingleBlockResNet"/> (blocks "w", "V")
/// or a <see cref="DeepResNet"/> with L = 1 (blocks "w", "V1").
/// </summary>
/// <param name="ReadoutBlock">The name of w's block.</param>
/// <param name="ResidualBlock">The name of V's block (d×k).</param>
public sealed record SingleBlockView(string ReadoutBlock, string ResidualBlock)
{
    /// <summary>The view of <paramref name="model"/>, or null when it is not of the single-block form.</summary>
    public static SingleBlockView? Of(IModel model) => model switch
    {
        SingleBlockResNet => new SingleBlockView("w", "V"),
        DeepResNet { Depth: 1 } => new SingleBlockView("w", "V1"),
        _ => null,
    };

    /// <summary>The reason a theorem about f = wᵀ(x + V F(x)) does not apply to <paramref name="model"/>, or null.</summary>
    public static string? Inapplicable(IModel model) =>
        Of(model) is null ? $"needs a single residual block f = wᵀ(x + V F(x)) (single-block-resnet, or deep-resnet with L = 1); the instance has a {model.Kind}{(model is DeepResNet d ? $" with L = {d.Depth}" : "")}" : null;
}
