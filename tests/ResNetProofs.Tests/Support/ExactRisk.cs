using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Support;

/// <summary>
/// Exact rational R, ∇R and ∇²R of a model with identity or ReLU activations (away from kinks) under the squared loss,
/// evaluated directly on the graph: one hyper-dual forward pass per pair i ≤ j, seeded with ε₁ on θ_i and ε₂ on θ_j, so
/// R(θ + ε₁e_i + ε₂e_j) = R + ∂_iR ε₁ + ∂_jR ε₂ + ∂_i∂_jR ε₁ε₂ with no rounding anywhere. Independent of the float and
/// interval code (it shares only the graph description). O(P²·n·cost): for small models only.
/// </summary>
public static class ExactRisk
{
    public static Rational Value(IModel model, Dataset data, SquaredLoss loss, ReadOnlySpan<double> theta) =>
        Run(model, data, loss, theta, -1, -1).A;

    public static Rational[] Gradient(IModel model, Dataset data, SquaredLoss loss, ReadOnlySpan<double> theta)
    {
        var g = new Rational[theta.Length];
        for (int i = 0; i < g.Length; i++)
        {
            g[i] = Run(model, data, loss, theta, i, -1).B;
        }
        return g;
    }

    public static Rational[,] Hessian(IModel model, Dataset data, SquaredLoss loss, ReadOnlySpan<double> theta)
    {
        int p = theta.Length;
        var h = new Rational[p, p];
        for (int i = 0; i < p; i++)
        {
            for (int j = i; j < p; j++)
            {
                h[i, j] = h[j, i] = Run(model, data, loss, theta, i, j).D;
            }
        }
        return h;
    }

    // R at θ + ε₁e_first + ε₂e_second (an index −1 seeds nothing).
    private static HyperDual Run(IModel model, Dataset data, SquaredLoss loss, ReadOnlySpan<double> theta, int first, int second)
    {
        var param = new HyperDual[theta.Length];
        for (int p = 0; p < theta.Length; p++)
        {
            param[p] = new HyperDual(
                Rational.FromDouble(theta[p]),
                p == first ? Rational.One : Rational.Zero,
                p == second ? Rational.One : Rational.Zero,
                Rational.Zero);
        }
        var scale = loss.Normalisation == SquaredNormalisation.Mean ? Rational.One : Rational.Create(1, 2);
        var total = HyperDual.Constant(Rational.Zero);
        for (int i = 0; i < data.Count; i++)
        {
            var f = Predict(model.Graph, data.Input(i), param);
            var r = f - HyperDual.Constant(Rational.FromDouble(data.Target(i)));
            total += scale * (r * r);
        }
        return Rational.Create(1, data.Count) * total;
    }

    private static HyperDual Predict(NetworkGraph graph, ReadOnlySpan<double> x, HyperDual[] param)
    {
        var nodes = graph.Nodes;
        var values = new HyperDual[nodes.Count][];
        values[0] = new HyperDual[x.Length];
        for (int b = 0; b < x.Length; b++)
        {
            values[0][b] = HyperDual.Constant(Rational.FromDouble(x[b]));
        }
        for (int k = 1; k < nodes.Count; k++)
        {
            var node = nodes[k];
            var input = values[node.InputA];
            var output = new HyperDual[node.Dim];
            switch (node.Kind)
            {
                case GraphNodeKind.Affine:
                    for (int a = 0; a < node.Dim; a++)
                    {
                        var s = node.Bias is null ? HyperDual.Constant(Rational.Zero) : param[node.Bias.Offset + a];
                        for (int b = 0; b < input.Length; b++)
                        {
                            s += param[node.Weight!.Offset + a * input.Length + b] * input[b];
                        }
                        output[a] = s;
                    }
                    break;
                case GraphNodeKind.Activation:
                    for (int a = 0; a < node.Dim; a++)
                    {
                        output[a] = node.Activation switch
                        {
                            ActivationKind.Identity => input[a],
                            ActivationKind.Relu when input[a].A.Sign > 0 => input[a],
                            ActivationKind.Relu when input[a].A.Sign < 0 => HyperDual.Constant(Rational.Zero),
                            ActivationKind.Relu => throw new InvalidOperationException($"{node.Name}[{a}] sits exactly on the ReLU kink"),
                            _ => throw new NotSupportedException($"exact evaluation supports identity and ReLU, not {node.Activation}"),
                        };
                    }
                    break;
                case GraphNodeKind.Add:
                    var other = values[node.InputB];
                    for (int a = 0; a < node.Dim; a++)
                    {
                        output[a] = input[a] + other[a];
                    }
                    break;
            }
            values[k] = output;
        }
        return values[^1][0];
    }
}
