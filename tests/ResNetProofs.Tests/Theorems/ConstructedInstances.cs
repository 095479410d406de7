using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Theorems;

/// <summary>Instances built by hand with known answers, for verdict tests and the planted regression cases.</summary>
public static class ConstructedInstances
{
    /// <summary>
    /// A critical point of a one-block tanh ResNet f = w·(x + V tanh(Wx + b)) with w = 0 and R = mean(y²) &gt; R_lin.
    /// With w = 0 every gradient but ∇_w R = −(2/n)Σ y_i h(x_i) carries the factor w, so choosing
    /// V = −Σ y_i x_i / Σ y_i tanh(W x_i + b) makes ∇R = 0 exactly (up to rounding). Since Σ y_i x_i ≠ 0, the best
    /// linear fit t* = Σxy/Σx² beats f ≡ 0: R_lin = mean(y²) − (Σxy)²/(nΣx²). The Hessian has the block
    /// [[M, c], [c, 0]] in (w, V) with c = −(2/n)Σ y_i tanh(W x_i + b) ≠ 0, so θ is a strict saddle.
    /// </summary>
    public static Instance StrictSaddleWorseThanLinear()
    {
        double[] x = [1, 2, 3];
        double[] y = [1, -1, 2];
        const double weight = 0.5, bias = -1;
        double sxy = 0, syphi = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += x[i] * y[i];
            syphi += y[i] * Math.Tanh((weight * x[i]) + bias);
        }
        var model = new DeepResNet(1, [new ResidualBlockSpec(1, 0, 1, ActivationKind.Tanh, true)], outputBias: false);
        var theta = new double[model.Graph.Layout.Count];
        Set(model, theta, "phi1.W1", weight);
        Set(model, theta, "phi1.b1", bias);
        Set(model, theta, "V1", -sxy / syphi);
        Set(model, theta, "w", 0);
        return new Instance(
            "strict-saddle-worse-than-linear",
            "A constructed critical point of a one-block tanh ResNet with w = 0 and V = -sum(y x)/sum(y tanh(0.5 x - 1)), so that grad R = 0; " +
            "R = mean(y^2) = 2 > R_lin = 2 - 25/42; a strict saddle. Refutes the planted statement that every critical point beats linear.",
            "tests/ResNetProofs.Tests/Theorems/ConstructedInstances.cs",
            Dataset.Create(x.Select(v => (IReadOnlyList<double>)[v]).ToArray(), y),
            model,
            SquaredLoss.Mean,
            theta);
    }

    /// <summary>
    /// A spurious strict local minimum of the one-unit tanh network f = a·tanh(u x) (no biases) on five points, worse than
    /// the best line t x. Along a(u) = Σ y tanh(u x)/Σ tanh²(u x), the reduced risk R(u) has a local minimum near u = 5.36 with
    /// R ≈ 0.7655 &gt; R_lin = ((Σy²) − (Σxy)²/Σx²)/n ≈ 0.6198 (a scan of R(u) over (0, 8] found it); Newton polishes the point.
    /// </summary>
    public static Instance SpuriousLocalMinimumStart()
    {
        double[] x = [1.8, 2.8, 1.7, 0.4, 2.6];
        double[] y = [0.8, 1.5, -0.6, 0.9, 2.0];
        const double u = 5.36;
        double syt = 0, stt = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double t = Math.Tanh(u * x[i]);
            syt += y[i] * t;
            stt += t * t;
        }
        var model = new OneHiddenLayerNetwork(1, 1, ActivationKind.Tanh, hiddenBias: false, outputBias: false);
        var theta = new double[model.Graph.Layout.Count];
        Set(model, theta, "U", u);
        Set(model, theta, "a", syt / stt);
        return new Instance(
            "spurious-local-minimum-one-tanh-unit",
            "A one-unit tanh network f = a tanh(u x) without biases on x = (1.8, 2.8, 1.7, 0.4, 2.6), y = (0.8, 1.5, -0.6, 0.9, 2.0): " +
            "a strict local minimum near u = 5.36 with R = 0.7655 > R_lin = 0.6198 (the best line t x). Refutes the planted statement " +
            "that local minima of one-hidden-layer smooth networks beat linear.",
            "tests/ResNetProofs.Tests/Theorems/ConstructedInstances.cs",
            Dataset.Create(x.Select(v => (IReadOnlyList<double>)[v]).ToArray(), y),
            model,
            SquaredLoss.Mean,
            theta);
    }

    private static void Set(IModel model, double[] theta, string block, double value) => theta[model.Graph.Layout[block].Offset] = value;
}
