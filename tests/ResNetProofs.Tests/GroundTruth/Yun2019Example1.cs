using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Tests.Support;

namespace ResNetProofs.Tests.GroundTruth;

/// <summary>
/// Yun, Sra &amp; Jadbabaie 2019, Example 1 (theorems.md <c>yun2019.example1</c>): X = [0..5], Y = X + ρ·(−1, −1, +1, −1, +1, +1),
/// mean squared error, every model with an output bias. Data and R₂ exact; the architectures and θ₂ reconstructed; the
/// closed forms below derived and checked in exact arithmetic.
/// </summary>
public static class Yun2019Example1
{
    /// <summary>The ρ values the snapshot pins.</summary>
    public static IReadOnlyList<double> Rhos { get; } = [0.1, 0.5, 1, 2, 4];

    /// <summary>The inputs 0, 1, …, 5.</summary>
    public static IReadOnlyList<double> Inputs { get; } = [0, 1, 2, 3, 4, 5];

    /// <summary>The sign pattern of the targets' offsets from x.</summary>
    public static IReadOnlyList<double> Signs { get; } = [-1, -1, 1, -1, 1, 1];

    /// <summary>ρ* = (3 + 3√21)/4 ≈ 4.186932, the positive root of 4ρ² − 6ρ − 45: R₂(θ₂) &lt; R_lin exactly for ρ &lt; ρ*.</summary>
    public static double Crossover { get; } = (3 + (3 * Math.Sqrt(21))) / 4;

    /// <summary>The data for ρ: x_i = i, y_i = x_i + ρ·s_i.</summary>
    public static Dataset Data(double rho) =>
        Dataset.Create(Inputs.Select(x => (IReadOnlyList<double>)[x]).ToArray(), Inputs.Select((x, i) => x + (rho * Signs[i])).ToArray());

    /// <summary>R_lin (affine) = 8ρ²/15.</summary>
    public static double LinearRisk(double rho) => 8 * rho * rho / 15;

    /// <summary>R₂(θ₂) = ρ²(12ρ² + 82ρ + 215)/(21ρ² + 156ρ + 420).</summary>
    public static double ResNetRiskAtTheta2(double rho) => rho * rho * ((12 * rho * rho) + (82 * rho) + 215) / ((21 * rho * rho) + (156 * rho) + 420);

    /// <summary>The ResNet's global minimum 29ρ²/57 (attained with the kink on x = 2 or 3).</summary>
    public static double ResNetGlobalMinimum(double rho) => 29 * rho * rho / 57;

    /// <summary>4ρ² − 6ρ − 45, negative exactly when θ₂ beats the linear fit.</summary>
    public static double CrossoverQuadratic(double rho) => (4 * rho * rho) - (6 * rho) - 45;

    /// <summary>The one-unit ResNet f₂(x) = w·(x + v·relu(ux + b)) + c: blocks phi1.W1 = u, phi1.b1 = b, V1 = v, w, c.</summary>
    public static DeepResNet ResNet() => new(1, [new ResidualBlockSpec(1, 1, 1, ActivationKind.Relu, true)], outputBias: true);

    /// <summary>The one-unit fully connected network f₁(x) = a·relu(ux + b) + c: blocks U = u, b, a, c.</summary>
    public static OneHiddenLayerNetwork FullyConnected() => new(1, 1, ActivationKind.Relu, hiddenBias: true, outputBias: true);

    /// <summary>
    /// θ₂ (reconstructed): the block output h(x) = x + (ρ/2)·relu(x − 3), i.e. u = 1, b = −3, v = ρ/2, and (w, c) the least-squares
    /// fit of y on (h, 1), computed by <see cref="LinearBaseline"/> on the features.
    /// </summary>
    public static Instance Theta2(double rho)
    {
        var data = Data(rho);
        var h = Inputs.Select(x => x + (rho / 2 * Math.Max(x - 3, 0))).ToArray();
        var fit = LinearBaseline.Minimize(Dataset.Create(h.Select(v => (IReadOnlyList<double>)[v]).ToArray(), data.Targets.ToArray()), SquaredLoss.Mean, withBias: true);
        var model = ResNet();
        var theta = new double[model.Graph.Layout.Count];
        Set(model, theta, "phi1.W1", 1);
        Set(model, theta, "phi1.b1", -3);
        Set(model, theta, "V1", rho / 2);
        Set(model, theta, "w", fit.Weights[0]);
        Set(model, theta, "c", fit.Bias);
        return new Instance($"yun2019-example1-theta2-rho{rho}", "θ₂ of Yun et al. (2019) Example 1", "tests: Yun2019Example1.Theta2", data, model, SquaredLoss.Mean, theta);
    }

    /// <summary>
    /// The ResNet's best risk with the kink fixed on the data point x = k (u = 1, b = −k): f₂ = wx + wv·relu(x − k) + c spans
    /// the features (x, relu(x − k), 1), so the minimum over (w, v, c) is their least-squares fit (<see cref="LinearBaseline"/>).
    /// </summary>
    public static double HingeFitAtDataPoint(double rho, int k)
    {
        var data = Data(rho);
        var features = Inputs.Select(x => (IReadOnlyList<double>)[x, Math.Max(x - k, 0)]).ToArray();
        return LinearBaseline.Minimize(Dataset.Create(features, data.Targets.ToArray()), SquaredLoss.Mean, withBias: true).Value;
    }

    /// <summary>
    /// Seeded random starts for f₁ or f₂ whose kink −b/u lies in [−0.5, 5.5] (so every activation pattern on the data occurs):
    /// u = ±U(0.5, 2), b = −u·κ with κ ~ U(−0.5, 5.5), the outer weights N(0, 1) (w ~ 1 + N(0, 0.25) for the ResNet).
    /// </summary>
    public static double[] Start(IModel model, Random rng)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rng);
        var theta = new double[model.Graph.Layout.Count];
        double u = (rng.NextDouble() < 0.5 ? -1 : 1) * (0.5 + (1.5 * rng.NextDouble()));
        double kink = -0.5 + (6 * rng.NextDouble());
        bool resnet = model is DeepResNet;
        Set(model, theta, resnet ? "phi1.W1" : "U", u);
        Set(model, theta, resnet ? "phi1.b1" : "b", -u * kink);
        Set(model, theta, resnet ? "V1" : "a", RandomCases.Gaussian(rng));
        if (resnet)
        {
            Set(model, theta, "w", 1 + (0.5 * RandomCases.Gaussian(rng)));
        }
        Set(model, theta, "c", RandomCases.Gaussian(rng));
        return theta;
    }

    /// <summary>Refinement of one start: gradient descent to reach a basin, then Newton to polish (small budget, a test's worth).</summary>
    public static NewtonRefinementOptions SearchOptions { get; } = NewtonRefinementOptions.Default with { DescentSteps = 200, MaxIterations = 50 };

    /// <summary>Refines <paramref name="starts"/> seeded starts (seeds 1..starts) of <paramref name="model"/> on the data for ρ.</summary>
    public static IReadOnlyList<RefinementResult> Search(IModel model, double rho, int starts)
    {
        var risk = new Numerics.Derivatives.EmpiricalRisk(model, Data(rho), SquaredLoss.Mean);
        return Enumerable.Range(1, starts).Select(seed => NewtonRefinement.Refine(risk, Start(model, new Random(seed)), SearchOptions)).ToArray();
    }

    /// <summary>An instance of <paramref name="model"/> on the data for ρ at <paramref name="theta"/>.</summary>
    public static Instance At(IModel model, double rho, IReadOnlyList<double> theta, string name) =>
        new(name, "", "tests: Yun2019Example1", Data(rho), model, SquaredLoss.Mean, [.. theta]);

    private static void Set(IModel model, double[] theta, string block, double value) => theta[model.Graph.Layout[block].Offset] = value;
}
