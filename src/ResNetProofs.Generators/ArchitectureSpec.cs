using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Generators;

/// <summary>
/// The shape of a model, drawn before any entry: kind, d, per-block widths n_l and projection widths m_l (l ≥ 2),
/// inner depth, activation and biases. <see cref="Build"/> makes the <see cref="IModel"/>.
/// </summary>
/// <param name="Kind">Deep ResNet, single block or one hidden layer.</param>
/// <param name="InputDimension">d ≥ 1.</param>
/// <param name="Widths">n_1..n_L for a deep ResNet; [k] (the hidden width) for the other kinds; each ≥ 1.</param>
/// <param name="ProjectionWidths">m_2..m_L (length L − 1) for a deep ResNet, each ≥ 1; empty for the other kinds.</param>
/// <param name="InnerDepth">Hidden layers of φ^l or F (≥ 1); 1 for a one-hidden-layer network.</param>
/// <param name="Activation">σ of the hidden layers.</param>
/// <param name="InnerBias">Whether hidden layers carry biases.</param>
/// <param name="OutputBias">Whether f carries an output bias c.</param>
/// <param name="Purpose">The constraint the generator aimed at, kept by shrinkers.</param>
public sealed record ArchitectureSpec(
    ArchitectureKind Kind,
    int InputDimension,
    IReadOnlyList<int> Widths,
    IReadOnlyList<int> ProjectionWidths,
    int InnerDepth,
    ActivationKind Activation,
    bool InnerBias,
    bool OutputBias,
    ArchitecturePurpose Purpose = ArchitecturePurpose.Any)
{
    /// <summary>L, the number of blocks (1 for the single block and the one-hidden-layer network).</summary>
    public int Depth => Widths.Count;

    /// <summary>Σ_{l≥2} m_l (0 when L = 1 or the kind has no projections).</summary>
    public int ProjectionSum => ProjectionWidths.Sum();

    /// <summary>True when the shape is valid for its kind and meets <see cref="Purpose"/>.</summary>
    public bool IsAdmissible =>
        InputDimension >= 1 && Widths.Count >= 1 && Widths.All(w => w >= 1) && InnerDepth >= 1
        && (Kind == ArchitectureKind.DeepResNet
            ? ProjectionWidths.Count == Widths.Count - 1 && ProjectionWidths.All(m => m >= 1)
            : Widths.Count == 1 && ProjectionWidths.Count == 0 && (Kind != ArchitectureKind.OneHiddenLayer || InnerDepth == 1))
        && Purpose switch
        {
            ArchitecturePurpose.ParameterCoverage => Kind == ArchitectureKind.DeepResNet && ProjectionSum < InputDimension,
            ArchitecturePurpose.NoParameterCoverage => Kind == ArchitectureKind.DeepResNet && Depth >= 2 && ProjectionSum >= InputDimension,
            ArchitecturePurpose.Smooth => Activation is ActivationKind.Softplus or ActivationKind.Tanh,
            _ => true,
        };

    /// <summary>The model of this shape.</summary>
    /// <exception cref="ArgumentException">The shape is not admissible (<see cref="IsAdmissible"/>).</exception>
    public IModel Build()
    {
        if (!IsAdmissible)
        {
            throw new ArgumentException($"architecture {this} is not admissible for its kind and purpose");
        }
        return Kind switch
        {
            ArchitectureKind.DeepResNet => new DeepResNet(
                InputDimension,
                Widths.Select((n, i) => new ResidualBlockSpec(n, i == 0 ? 0 : ProjectionWidths[i - 1], InnerDepth, Activation, InnerBias)).ToArray(),
                OutputBias),
            ArchitectureKind.SingleBlock => new SingleBlockResNet(InputDimension, Widths[0], InnerDepth, Activation, InnerBias, OutputBias),
            _ => new OneHiddenLayerNetwork(InputDimension, Widths[0], Activation, InnerBias, OutputBias),
        };
    }

    /// <summary>The name of the first hidden layer's bias block ("phi1.b1", "F.b1" or "b"), or null without inner bias.</summary>
    public string? FirstHiddenBiasBlock => !InnerBias ? null : Kind switch
    {
        ArchitectureKind.DeepResNet => "phi1.b1",
        ArchitectureKind.SingleBlock => "F.b1",
        _ => "b",
    };

    /// <summary>"deep-resnet(d=4, L=2, n=[3,2], m=[1], depth=1, relu, innerBias, outputBias, coverage)".</summary>
    public override string ToString()
    {
        string kind = Kind switch
        {
            ArchitectureKind.DeepResNet => "deep-resnet",
            ArchitectureKind.SingleBlock => "single-block",
            _ => "one-hidden-layer",
        };
        var parts = new List<string> { $"d={InputDimension}" };
        if (Kind == ArchitectureKind.DeepResNet)
        {
            parts.Add($"L={Depth}");
            parts.Add($"n={Draw.Text(Widths)}");
            parts.Add($"m={Draw.Text(ProjectionWidths)}");
        }
        else
        {
            parts.Add($"k={Widths[0]}");
        }
        parts.Add($"depth={InnerDepth}");
        parts.Add(Activation.ToString().ToLowerInvariant());
        parts.Add(InnerBias ? "innerBias" : "noInnerBias");
        parts.Add(OutputBias ? "outputBias" : "noOutputBias");
        if (Purpose != ArchitecturePurpose.Any)
        {
            parts.Add(Purpose.ToString());
        }
        return $"{kind}({string.Join(", ", parts)})";
    }
}
