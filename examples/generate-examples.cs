#:project ../src/ResNetProofs.Numerics/ResNetProofs.Numerics.csproj
// Writes the example instances of this folder. Run once from the repository root:
//     dotnet run examples/generate-examples.cs
// Examples 1 and 2 are exact fixtures; the two random instances draw their data from System.Random with fixed seeds
// (Box–Muller normals, rounded to 4 decimals for readability) and their parameters with SeededParameters (also rounded),
// so rerunning reproduces the committed files.
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

string folder = args.Length > 0 ? args[0] : "examples";

// Yun et al. (2019), Example 1 at ρ = 1, at the reconstructed point θ₂.
{
    const double rho = 1;
    double[] x = [0, 1, 2, 3, 4, 5];
    double[] signs = [-1, -1, 1, -1, 1, 1];
    var data = Dataset.Create(x.Select(v => (IReadOnlyList<double>)[v]).ToArray(), x.Select((v, i) => v + rho * signs[i]).ToArray());
    var model = new DeepResNet(1, [new ResidualBlockSpec(1, 1, 1, ActivationKind.Relu, true)], outputBias: true);
    // h(x) = x + (ρ/2)·relu(x − 3) = (0, 1, 2, 3, 4.5, 6); least squares of y = (−1, 0, 3, 2, 5, 6) on (h, 1):
    // w = (n Σhy − Σh Σy)/(n Σh² − (Σh)²) = 234/199, c = (Σy − w Σh)/n = −146/199 (exact rationals, rounded once here).
    var theta = Theta(model, ("phi1.W1", [1]), ("phi1.b1", [-3]), ("V1", [rho / 2]), ("w", [234.0 / 199]), ("c", [-146.0 / 199]));
    Save("yun2019-example1", new Instance(
        "yun2019-example1",
        "Yun et al. (2019) Example 1 with rho = 1: X = [0..5], Y = X + rho*(-1,-1,+1,-1,+1,+1), mean squared error, a one-block ReLU ResNet " +
        "f(x) = w*(x + v*relu(u*x + b)) + c. The parameters are the paper's point theta_2, reconstructed per theorems.md (yun2019.example1): " +
        "block output h(x) = x + (rho/2)*relu(x - 3), and (w, c) = (234/199, -146/199), the exact least-squares fit of y on h(x). " +
        "R(theta_2) = rho^2 (12 rho^2 + 82 rho + 215)/(21 rho^2 + 156 rho + 420) = 103/199 < R_lin = 8/15. " +
        "The ReLU kink sits on the data point x = 3, so R is not twice differentiable here.",
        "Yun, Sra, Jadbabaie, 'Are deep ResNets provably better than linear predictors?', NeurIPS 2019, Example 1 (data and R_2 exact; architecture and theta_2 reconstructed)",
        data, model, SquaredLoss.Mean, theta));
}

// Yun et al. (2019), Example 2: a zero-risk 2-block ReLU ResNet (our construction, theorems.md yun2019.example2).
{
    var data = Dataset.Create([[1], [2.5], [3]], [1, 3, 2]);
    var block = new ResidualBlockSpec(1, 1, 1, ActivationKind.Relu, true);
    var model = new DeepResNet(1, [block, block], outputBias: true);
    var theta = Theta(model,
        ("phi1.W1", [1]), ("phi1.b1", [-11.0 / 4]), ("V1", [4]),
        ("U2", [1]), ("phi2.W1", [1]), ("phi2.b1", [-3]), ("V2", [-9.0 / 4]),
        ("w", [4.0 / 3]), ("c", [-1.0 / 3]));
    Save("yun2019-example2", new Instance(
        "yun2019-example2",
        "Yun et al. (2019) Example 2: X = [1, 2.5, 3], Y = [1, 3, 2], a 2-block ReLU ResNet at a global minimum (R = 0): " +
        "h1 = x + 4*relu(x - 11/4) maps X to (1, 5/2, 4), h2 = h1 - (9/4)*relu(h1 - 3) maps that to (1, 5/2, 7/4), f = (4/3)*h2 - 1/3 = Y. " +
        "R_lin(x) = 25/78, R_lin(h1) = 1/2, R_lin(h2) = 0.",
        "Yun, Sra, Jadbabaie, NeurIPS 2019, Example 2 (data exact; the fixture is our construction, theorems.md yun2019.example2)",
        data, model, SquaredLoss.Mean, theta));
}

// A random smooth instance: d = 3, n = 20, single-block ResNet with softplus, squared loss /2.
{
    var rng = new Random(20190101);
    var x = Enumerable.Range(0, 20).Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, 3).Select(_ => Round(Normal(rng))).ToArray()).ToArray();
    var y = x.Select(r => Round(Math.Sin(r[0]) + 0.5 * r[1] * r[2] + 0.1 * Normal(rng))).ToArray();
    var model = new SingleBlockResNet(3, width: 4, innerDepth: 1, ActivationKind.Softplus, innerBias: true, outputBias: false);
    var theta = SeededParameters.Draw(model.Graph.Layout, 7).Select(Round).ToArray();
    Save("random-softplus-single-block", new Instance(
        "random-softplus-single-block",
        "A random smooth instance: x_i ~ N(0, I_3), y = sin(x1) + x2*x3/2 + 0.1*N(0, 1), n = 20; single-block ResNet f(x) = w^T(x + V F(x)) " +
        "with F one softplus layer of width 4; squared loss (p - y)^2/2; parameters drawn by the parameterSeed rule with seed 7. " +
        "Everything rounded to 4 decimals.",
        "examples/generate-examples.cs (System.Random seed 20190101 for the data, SeededParameters seed 7)",
        Dataset.Create(x, y), model, SquaredLoss.Half, theta));
}

// A random logistic instance: d = 2, n = 16, one hidden tanh layer of width 3, labels ±1.
{
    var rng = new Random(20190202);
    var x = Enumerable.Range(0, 16).Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, 2).Select(_ => Round(Normal(rng))).ToArray()).ToArray();
    var y = x.Select(r => r[0] - 0.5 * r[1] + 0.3 * Normal(rng) >= 0 ? 1.0 : -1.0).ToArray();
    var model = new OneHiddenLayerNetwork(2, width: 3, ActivationKind.Tanh, hiddenBias: true, outputBias: true);
    var theta = SeededParameters.Draw(model.Graph.Layout, 11).Select(Round).ToArray();
    Save("random-logistic-tanh", new Instance(
        "random-logistic-tanh",
        "A random logistic instance: x_i ~ N(0, I_2), y = sign(x1 - x2/2 + 0.3*N(0, 1)) in {-1, +1}, n = 16; one hidden tanh layer of width 3 " +
        "with hidden and output biases; logistic loss log(1 + exp(-y p)); parameters drawn by the parameterSeed rule with seed 11. " +
        "Inputs and parameters rounded to 4 decimals.",
        "examples/generate-examples.cs (System.Random seed 20190202 for the data, SeededParameters seed 11)",
        Dataset.Create(x, y), model, LogisticLoss.Instance, theta));
}

void Save(string name, Instance instance) => InstanceWriter.WriteFile(instance, Path.Combine(folder, name + ".json"));

static double[] Theta(IModel model, params (string Name, double[] Values)[] blocks)
{
    var theta = new double[model.Graph.Layout.Count];
    foreach (var (name, values) in blocks)
    {
        values.CopyTo(model.Graph.Layout[name].Slice(theta.AsSpan()));
    }
    return theta;
}

static double Round(double v) => Math.Round(v, 4, MidpointRounding.ToEven);

static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
