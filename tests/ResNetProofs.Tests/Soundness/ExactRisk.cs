using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Soundness;

/// <summary>
/// A truncated Taylor polynomial c0 + c1 s + c2 s² in exact rationals: the 2-jet of a function of one variable at s = 0.
/// Products and sums of polynomials are exact here, so the 2-jet of R(θ + s v) for an identity/ReLU network with squared loss
/// gives R(θ) = c0, ∇R(θ)ᵀv = c1 and vᵀ∇²R(θ)v = 2c2 without any rounding.
/// </summary>
/// <param name="C0">Value at s = 0.</param>
/// <param name="C1">First derivative at s = 0.</param>
/// <param name="C2">Half the second derivative at s = 0.</param>
public readonly record struct Jet(ExactRational C0, ExactRational C1, ExactRational C2)
{
    /// <summary>The constant c.</summary>
    public static Jet Constant(ExactRational c) => new(c, ExactRational.Zero, ExactRational.Zero);

    /// <summary>c0 + c1·s.</summary>
    public static Jet Line(ExactRational c0, ExactRational c1) => new(c0, c1, ExactRational.Zero);

    /// <summary>Coefficient-wise sum.</summary>
    public static Jet operator +(Jet a, Jet b) => new(a.C0 + b.C0, a.C1 + b.C1, a.C2 + b.C2);

    /// <summary>Coefficient-wise difference.</summary>
    public static Jet operator -(Jet a, Jet b) => new(a.C0 - b.C0, a.C1 - b.C1, a.C2 - b.C2);

    /// <summary>Product truncated after s²: (a·b)₂ = a0b2 + a1b1 + a2b0.</summary>
    public static Jet operator *(Jet a, Jet b) => new(a.C0 * b.C0, (a.C0 * b.C1) + (a.C1 * b.C0), (a.C0 * b.C2) + (a.C1 * b.C1) + (a.C2 * b.C0));

    /// <summary>The second derivative 2·c2.</summary>
    public ExactRational SecondDerivative => ExactRational.FromInteger(2) * C2;
}

/// <summary>
/// Thrown when the exact evaluator meets an operation it cannot do without rounding or at a non-smooth point: a smooth
/// activation (tanh, softplus), a non-squared loss, or a ReLU whose pre-activation is exactly 0 and moves along the line.
/// </summary>
public sealed class NotExactlyEvaluableException(string message) : Exception(message);

/// <summary>
/// The empirical risk of an identity/ReLU network with squared loss, evaluated EXACTLY from the model's
/// <see cref="NetworkGraph"/> (Input, Affine W·in + b, Activation, Add over the flat θ) in rational arithmetic:
/// R(θ + s v) = (1/n)Σ κ(f(x_i; θ + s v) − y_i)² (κ = 1 "mean", ½ "half") as a 2-jet in s. Away from ReLU kinks the network is
/// a polynomial in θ, so the jet is exact; at a kink the line must not move the pre-activation (else it throws).
/// </summary>
public static class ExactRisk
{
    /// <summary>The 2-jet of s ↦ R(θ + s v) at s = 0; v = null means the zero direction (value only).</summary>
    public static Jet AlongLine(Instance instance, IReadOnlyList<double> theta, IReadOnlyList<ExactRational>? direction) =>
        AlongLine(instance, theta.Select(ExactRational.FromDouble).ToArray(), direction);

    /// <summary>The 2-jet of s ↦ R(θ + s v) at s = 0 at a rational θ (e.g. an exact critical point that no double represents).</summary>
    public static Jet AlongLine(Instance instance, IReadOnlyList<ExactRational> theta, IReadOnlyList<ExactRational>? direction)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var kappa = instance.Loss switch
        {
            SquaredLoss { Normalisation: SquaredNormalisation.Mean } => ExactRational.One,
            SquaredLoss => ExactRational.Create(1, 2),
            _ => throw new NotExactlyEvaluableException($"loss {instance.Loss.Name} is not squared"),
        };
        var data = instance.Data;
        var sum = Jet.Constant(ExactRational.Zero);
        for (int i = 0; i < data.Count; i++)
        {
            var f = Forward(instance.Model.Graph, theta, direction, data.Input(i).ToArray())[^1][0];
            var r = f - Jet.Constant(ExactRational.FromDouble(data.Target(i)));
            sum += r * r;
        }
        var scale = kappa / ExactRational.FromInteger(data.Count);
        return new Jet(sum.C0 * scale, sum.C1 * scale, sum.C2 * scale);
    }

    /// <summary>R(θ) exactly.</summary>
    public static ExactRational Value(Instance instance) => AlongLine(instance, instance.Parameters, null).C0;

    /// <summary>∇R(θ) exactly: ∂R/∂θ_p = c1 of the jet along e_p, for every p.</summary>
    public static ExactRational[] Gradient(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        int p = instance.Parameters.Length;
        var g = new ExactRational[p];
        for (int k = 0; k < p; k++)
        {
            g[k] = AlongLine(instance, instance.Parameters, UnitVector(p, k)).C1;
        }
        return g;
    }

    /// <summary>The partial derivatives ∂R/∂θ_p exactly, for p in the named parameter blocks only (row-major, block by block).</summary>
    public static ExactRational[] GradientOn(Instance instance, params string[] blocks)
    {
        ArgumentNullException.ThrowIfNull(instance);
        int p = instance.Parameters.Length;
        var layout = instance.Model.Graph.Layout;
        return blocks.SelectMany(b => Enumerable.Range(layout[b].Offset, layout[b].Length))
            .Select(k => AlongLine(instance, instance.Parameters, UnitVector(p, k)).C1)
            .ToArray();
    }

    /// <summary>‖g‖₂² exactly.</summary>
    public static ExactRational SquaredNorm(IEnumerable<ExactRational> g) => g.Aggregate(ExactRational.Zero, (acc, x) => acc + (x * x));

    /// <summary>e_k ∈ Q^p.</summary>
    public static ExactRational[] UnitVector(int p, int k)
    {
        var e = Enumerable.Repeat(ExactRational.Zero, p).ToArray();
        e[k] = ExactRational.One;
        return e;
    }

    /// <summary>The 2-jets of every node of the graph at x along θ + s v (node 0 is x; the last node is f).</summary>
    public static Jet[][] Forward(NetworkGraph graph, IReadOnlyList<double> theta, IReadOnlyList<ExactRational>? direction, IReadOnlyList<double> x) =>
        Forward(graph, theta.Select(ExactRational.FromDouble).ToArray(), direction, x);

    /// <summary>The 2-jets of every node at x along θ + s v, θ rational.</summary>
    public static Jet[][] Forward(NetworkGraph graph, IReadOnlyList<ExactRational> theta, IReadOnlyList<ExactRational>? direction, IReadOnlyList<double> x)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var values = new Jet[graph.Nodes.Count][];
        values[0] = x.Select(v => Jet.Constant(ExactRational.FromDouble(v))).ToArray();
        for (int k = 1; k < graph.Nodes.Count; k++)
        {
            var node = graph.Nodes[k];
            var a = values[node.InputA];
            values[k] = node.Kind switch
            {
                GraphNodeKind.Affine => Affine(node, a, theta, direction),
                GraphNodeKind.Add => a.Zip(values[node.InputB], (u, w) => u + w).ToArray(),
                GraphNodeKind.Activation => a.Select(u => Activate(node, u)).ToArray(),
                _ => throw new NotExactlyEvaluableException($"node {node.Name} of kind {node.Kind}"),
            };
        }
        return values;
    }

    private static Jet Parameter(IReadOnlyList<ExactRational> theta, IReadOnlyList<ExactRational>? direction, int index) =>
        Jet.Line(theta[index], direction is null ? ExactRational.Zero : direction[index]);

    private static Jet[] Affine(GraphNode node, Jet[] input, IReadOnlyList<ExactRational> theta, IReadOnlyList<ExactRational>? direction)
    {
        var w = node.Weight!;
        var output = new Jet[node.Dim];
        for (int r = 0; r < node.Dim; r++)
        {
            var acc = node.Bias is { } b ? Parameter(theta, direction, b.Offset + r) : Jet.Constant(ExactRational.Zero);
            for (int c = 0; c < w.Cols; c++)
            {
                acc += Parameter(theta, direction, w.Offset + (r * w.Cols) + c) * input[c];
            }
            output[r] = acc;
        }
        return output;
    }

    private static Jet Activate(GraphNode node, Jet u)
    {
        switch (node.Activation)
        {
            case ActivationKind.Identity:
                return u;
            case ActivationKind.Relu:
                if (u.C0.Sign > 0)
                {
                    return u;
                }
                if (u.C0.Sign < 0)
                {
                    return Jet.Constant(ExactRational.Zero);
                }
                if (u.C1.IsZero && u.C2.IsZero)
                {
                    return Jet.Constant(ExactRational.Zero); // relu(0) along a line that does not move the pre-activation
                }
                throw new NotExactlyEvaluableException($"ReLU kink at {node.Name}: the pre-activation is exactly 0 and moves along the line");
            default:
                throw new NotExactlyEvaluableException($"activation {node.Activation} at {node.Name} is not piecewise linear");
        }
    }
}
