using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Conditions;

namespace ResNetProofs.Theorems.Evidence;

/// <summary>
/// An online run on an instance's data in data order (theorems.md, shamir2018.sgd-tweak): features z_t = (x_t, F_{θ_t}(x_t))
/// with F the single block's inner network, online gradient steps on (w, v) from 0 with η = D/(G√T), and the comparator
/// min_{‖u‖≤D} (1/T)Σ ℓ(uᵀx_t; y_t) with its Frank–Wolfe lower bound.
/// </summary>
public sealed class OnlineRunEvidence
{
    /// <summary>Default-G search for an unbounded loss slope: raise G by this factor until the run it drives has max‖g_t‖ ≤ G(1 − 1e−9).</summary>
    public const double GradientBoundGrowth = 1.5;

    /// <summary>Relative room left between the realised max ‖g_t‖ and a default G: 1e−9, far above the 1e−14 rounding of the norms.</summary>
    public const double GradientBoundRoom = 1e-9;

    private const int MaxGradientBoundAttempts = 60;

    /// <summary>Runs OGD and the comparator on <paramref name="at"/>'s instance with <paramref name="options"/> (defaults when null).</summary>
    /// <exception cref="ArgumentException">The model is not a single block, D ≤ 0, G ≤ 0, or the θ_t list does not match T and P.</exception>
    public OnlineRunEvidence(PointEvidence at, OnlineRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        Point = at;
        Options = options ?? new OnlineRunOptions();
        var view = SingleBlockView.Of(at.Model) ?? throw new ArgumentException(SingleBlockView.Inapplicable(at.Model), nameof(at));
        if (!(Options.Radius > 0) || !double.IsFinite(Options.Radius))
        {
            throw new ArgumentException($"radius D is {Options.Radius}: need 0 < D < ∞", nameof(options));
        }
        int node = InnerNetworkNode.Of(at.Model, view);
        var data = at.Instance.Data;
        Width = at.Model.Graph.Nodes[node].Dim;
        Features = Options.ParameterSequence is { } thetas
            ? SequenceFeatures.At(at.Model.Graph, node, data, thetas)
            : SequenceFeatures.At(at.Model.Graph, node, data, at.Theta);
        var loss = at.Instance.Loss;
        if (Options.GradientBound is { } given)
        {
            Run = OnlineGradientRun.Run(data, Features, Width, loss, Options.Radius, given);
            GradientBoundOrigin = "given";
        }
        else if (double.IsFinite(loss.SlopeBound))
        {
            double featureNorm = OnlineGradientRun.MaxFeatureNorm(data, Features, Width);
            Run = OnlineGradientRun.Run(data, Features, Width, loss, Options.Radius, Math.Max(loss.SlopeBound * featureNorm, double.Epsilon));
            GradientBoundOrigin = "G_ℓ·max_t ‖(x_t, F_t)‖₂";
        }
        else
        {
            double g = 1;
            Run = OnlineGradientRun.Run(data, Features, Width, loss, Options.Radius, g);
            for (int attempt = 0; attempt < MaxGradientBoundAttempts && Run.MaxGradientNorm > g * (1 - GradientBoundRoom); attempt++)
            {
                g = GradientBoundGrowth * Math.Max(g, Run.MaxGradientNorm);
                Run = OnlineGradientRun.Run(data, Features, Width, loss, Options.Radius, g);
            }
            GradientBoundOrigin = "realised max ‖g_t‖, raised ×1.5 until the run it drives stays below it";
        }
        Comparator = BallConstrainedLinearRisk.Minimize(data, loss, Options.Radius);
    }

    /// <summary>The instance and its θ (θ_t when no sequence is given).</summary>
    public PointEvidence Point { get; }

    /// <summary>D, G and θ_t as requested.</summary>
    public OnlineRunOptions Options { get; }

    /// <summary>k, the width of F.</summary>
    public int Width { get; }

    /// <summary>F_t = F_{θ_t}(x_t), row-major T×k.</summary>
    public double[] Features { get; }

    /// <summary>The online gradient run (its <see cref="OnlineGradientRunResult.GradientBound"/> is the G used).</summary>
    public OnlineGradientRunResult Run { get; }

    /// <summary>Where G came from: "given", the slope bound times the largest feature norm, or the realised max.</summary>
    public string GradientBoundOrigin { get; }

    /// <summary>min_{‖u‖≤D} (1/T)Σ ℓ(uᵀx_t; y_t): a feasible u, its value and the Frank–Wolfe lower bound.</summary>
    public BallConstrainedLinearRiskResult Comparator { get; }
}
